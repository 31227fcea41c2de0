"""Word tables for physical measures: the unit words news writes after a number, each
mapped to the unit name of the annotation guide's Units table (kind `measure`), and the
words that make "degrees" a temperature.

Data only. `stats.find.patterns` compiles these into the unit patterns; quantulum3 is asked
only about units not listed here (and its names are mapped with `QUANTULUM_NAMES`).
"""

from typing import Final

# Unit words written after the number (lower case; phrases match across any whitespace)
# -> the guide's unit. Speeds, weights, areas and volumes; temperatures are below.
MEASURE_UNITS: Final[dict[str, str]] = {
    # speed
    "km/h": "km/h", "km/hr": "km/h", "kmh": "km/h", "kph": "km/h", "kmph": "km/h",
    "km per hour": "km/h", "km an hour": "km/h", "kilometres per hour": "km/h",
    "kilometers per hour": "km/h", "kilometres an hour": "km/h", "kilometers an hour": "km/h",
    "kilometre per hour": "km/h", "kilometer per hour": "km/h",
    "mph": "mph", "miles per hour": "mph", "miles an hour": "mph", "mile per hour": "mph",
    "m/s": "m/s", "metres per second": "m/s", "meters per second": "m/s",
    "metres a second": "m/s", "meters a second": "m/s", "metre per second": "m/s",
    # weight ("tons" is written as tonnes: news rarely means the short ton)
    "tonnes": "tonne", "tonne": "tonne", "tons": "tonne", "ton": "tonne", "metric tons": "tonne",
    "metric tonnes": "tonne", "metric ton": "tonne",
    "kg": "kg", "kgs": "kg", "kilograms": "kg", "kilogram": "kg", "kilogrammes": "kg",
    "kilogramme": "kg", "kilos": "kg", "kilo": "kg",
    # area
    "km2": "km2", "km²": "km2", "sq km": "km2", "sq. km": "km2", "sqkm": "km2",
    "square kilometres": "km2", "square kilometers": "km2", "square kilometre": "km2",
    "square kilometer": "km2", "square km": "km2",
    "hectares": "hectare", "hectare": "hectare", "ha": "hectare",
    "acres": "acre", "acre": "acre",
    # volume
    "litres": "litre", "liters": "litre", "litre": "litre", "liter": "litre",
    "m3": "m3", "m³": "m3", "cubic metres": "m3", "cubic meters": "m3", "cubic metre": "m3",
    "cubic meter": "m3", "cu m": "m3",
    # concentration (air quality): micro sign or Greek mu
    "µg/m³": "µg/m3", "µg/m3": "µg/m3", "μg/m³": "µg/m3", "μg/m3": "µg/m3", "ug/m3": "µg/m3",
    "micrograms per cubic metre": "µg/m3", "micrograms per cubic meter": "µg/m3",
}

# Temperature units after the number -> the guide's unit. A bare "degrees" is a temperature
# only in a sentence about one (`TEMPERATURE_CUES`), and is then celsius unless the scale
# is named.
TEMPERATURE_UNITS: Final[dict[str, str]] = {
    "degrees celsius": "celsius", "degree celsius": "celsius", "degrees centigrade": "celsius",
    "degrees c": "celsius", "deg c": "celsius", "celsius": "celsius", "centigrade": "celsius",
    "°c": "celsius", "ºc": "celsius", "° c": "celsius",
    "degrees fahrenheit": "fahrenheit", "degree fahrenheit": "fahrenheit", "degrees f": "fahrenheit",
    "deg f": "fahrenheit", "fahrenheit": "fahrenheit", "°f": "fahrenheit", "ºf": "fahrenheit",
    "° f": "fahrenheit",
}
# Words that make a sentence about temperature ("Temperatures fell to -5 degrees").
TEMPERATURE_CUES: Final = [
    "temperature", "temperatures", "heat", "heatwave", "heatwaves", "hot", "hotter", "hottest",
    "cold", "colder", "coldest", "warm", "warmer", "warmest", "warming", "chill", "frost",
    "freezing", "froze", "thermometer", "thermometers", "mercury", "celsius", "fahrenheit",
    "centigrade", "scorching", "sweltering", "weather", "forecast", "high of", "low of",
    "minimum of", "maximum of",  # "a minimum of 3.1C"
]

# quantulum3's unit names -> the guide's, for the measures the tables above do not list.
QUANTULUM_NAMES: Final[dict[str, str]] = {
    "kilometre per hour": "km/h", "mile per hour": "mph", "metre per second": "m/s",
    "tonne": "tonne", "kilogram": "kg", "square kilometre": "km2", "hectare": "hectare",
    "acre": "acre", "litre": "litre", "cubic metre": "m3", "degree Celsius": "celsius",
    "degree fahrenheit": "fahrenheit",
}
