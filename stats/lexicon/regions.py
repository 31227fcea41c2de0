"""States, provinces, islands and large cities that news names bare, known as places the way
the countries of `places.PLACE_NAMES` are ("Kerala has received 38 percent more rain",
"Ohio will receive $808 million", "Sindh's hospitals").

Only names that are places in nearly every sentence they stand in: no first names
("Victoria", "Virginia", "Carolina", "Georgia" is a country already), no common words
("Nice", "Reading", "Mobile", "Bath"), no names of several words that a part of would make a
place ("New" of New York, "North" of North Dakota): those are written whole in
`REGION_PHRASES`.
"""

from __future__ import annotations

from typing import Final

from stats.lexicon import places

# First-level divisions of federal countries that wire copy names without the country.
REGION_NAMES: Final = frozenset(
    """
    Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii
    Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts
    Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon
    Pennsylvania Tennessee Texas Utah Vermont Wisconsin Wyoming
    Ontario Quebec Alberta Manitoba Saskatchewan Yukon Nunavut Queensland Tasmania
    Kerala Karnataka Maharashtra Gujarat Rajasthan Punjab Haryana Bihar Odisha Orissa
    Assam Manipur Mizoram Nagaland Meghalaya Tripura Sikkim Uttarakhand Jharkhand
    Chhattisgarh Telangana Goa
    Sindh Balochistan Baluchistan Gilgit-Baltistan
    Borno Yobe Adamawa Zamfara Katsina Sokoto Benue Bayelsa
    Sichuan Yunnan Guangdong Guangxi Henan Hubei Hunan Hebei Shandong Jiangsu Zhejiang Fujian
    Xinjiang Tibet Gansu Qinghai Shaanxi Shanxi Heilongjiang Jilin Liaoning Anhui Jiangxi
    Guizhou Hainan
    Bavaria Saxony Thuringia Brandenburg Hesse Andalusia Catalonia Galicia Valencia Murcia
    Lombardy Sicily Sardinia Calabria Tuscany Campania Apulia Piedmont Veneto
    Normandy Brittany Corsica Provence Flanders Wallonia
    Anbar Nineveh Kirkuk Helmand Kunduz Badakhshan Nangarhar
    Zaporizhzhia Kherson Dnipro Sumy Chernihiv Mykolaiv Lviv Belgorod Kursk Bryansk
    Mindanao Luzon Visayas Java Sumatra Sulawesi Borneo Bali Lombok
    Tenerife Lanzarote Fuerteventura Crete Lesbos Rhodes Lampedusa
    Hokkaido Okinawa Kyushu Jeju
    Ituri Kivu Katanga Kasai Oromia Amhara Kordofan
    Puntland Jubaland Galmudug
    """.split()
)

# The same, written in several words: each is a place only whole.
REGION_PHRASES: Final = frozenset(
    {
        "New York", "New Jersey", "New Mexico", "New Hampshire", "North Carolina",
        "South Carolina", "North Dakota", "South Dakota", "West Virginia", "Rhode Island",
        "British Columbia", "Nova Scotia", "New Brunswick", "New South Wales",
        "Western Australia", "South Australia", "Northern Territory", "Tamil Nadu",
        "Uttar Pradesh", "Madhya Pradesh", "Andhra Pradesh", "Himachal Pradesh",
        "Arunachal Pradesh", "West Bengal", "Jammu and Kashmir", "Khyber Pakhtunkhwa",
        "Cross River", "Akwa Ibom", "Northern Ireland", "Basque Country", "Canary Islands",
        "Balearic Islands", "North Kivu", "South Kivu", "Cabo Delgado", "North Darfur",
        "South Darfur", "West Darfur", "Blue Nile", "Upper Nile", "Red Sea", "Inner Mongolia",
        "Los Angeles", "San Francisco", "San Diego", "Las Vegas", "St Petersburg",
        "St. Petersburg", "Ho Chi Minh City", "Port Harcourt", "Cape Town", "Tel Aviv",
        "Cox's Bazar", "Gaza City", "Quezon City", "Davao City", "Cebu City",
    }
)

# Large cities not in `places.CITY_NAMES`, one word each.
MORE_CITY_NAMES: Final = frozenset(
    """
    Houston Dallas Phoenix Philadelphia Atlanta Miami Boston Seattle Denver Detroit
    Montreal Vancouver Calgary Edmonton Brisbane Perth Adelaide Auckland
    Chennai Bengaluru Bangalore Hyderabad Ahmedabad Pune Jaipur Lucknow Patna Srinagar
    Peshawar Quetta Rawalpindi Multan Faisalabad Chittagong Chattogram Sylhet Mandalay
    Kandy Guangzhou Shenzhen Chongqing Chengdu Tianjin Osaka Busan Surabaya Medan Cebu Davao
    Ibadan Kaduna Enugu Bukavu Bunia Lubumbashi Kisangani Mekelle
    Gondar Hargeisa Kismayo Baidoa Beledweyne Garowe Bosaso Timbuktu Mopti
    Agadez Zinder Diffa Kumasi Tamale Dodoma Arusha Mwanza Zanzibar Kisumu Nakuru Eldoret
    Gulu Bulawayo Beira Nampula Lubango Benguela Windhoek Gaborone Maseru Lilongwe
    Blantyre Ndola Kitwe Kramatorsk Bakhmut Avdiivka
    Marseille Lyon Toulouse Milan Naples Turin Barcelona Seville Munich Hamburg
    Cologne Frankfurt Krakow Gdansk Porto Thessaloniki Izmir Antakya Gaziantep Diyarbakir
    Malatya Adana Mersin Tabriz Mashhad Isfahan Shiraz Erbil Sulaymaniyah Najaf Karbala
    Raqqa Hama Latakia Sidon Hodeidah Taiz Marib Mukalla
    Misrata Sirte Derna Oran Fez Marrakesh Marrakech Tangier Agadir Sfax Aswan Luxor Giza
    Medellin Cali Barranquilla Guayaquil Cuenca Arequipa Cusco Valparaiso Rosario
    Cordoba Montevideo Asuncion Recife Fortaleza Manaus Belem Curitiba Tijuana
    Monterrey Guadalajara Juarez Acapulco Managua Tegucigalpa Kingston
    """.split()
)

# Every place the lexicon names: countries, regions and cities (the gazetteer the describe
# stage's place rules and the find stage's "Donetsk (212)" test share).
GAZETTEER: Final = (places.PLACE_NAMES | places.PLACE_NAME_PHRASES | places.CITY_NAMES
                    | REGION_NAMES | REGION_PHRASES | MORE_CITY_NAMES)
