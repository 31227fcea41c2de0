"""Word tables for implied single casualties ("a policeman was killed"): person nouns and
casualty words with the category each gives (data only)."""

from typing import Final

# Singular nouns for a person who may be the one killed, hurt, missing or taken
# ("a policeman was killed"). Roles that are never the casualty themselves (spokesman,
# witness, suicide bomber) are not here.
CASUALTY_PERSONS: Final = frozenset(
    """
    soldier policeman policewoman officer civilian child boy girl woman man baby infant
    toddler teenager teen youth student pupil schoolboy schoolgirl teacher worker doctor
    nurse paramedic medic journalist reporter photographer cameraman farmer fisherman
    herder shepherd miner passenger pedestrian bystander resident villager tourist pilgrim
    worshipper migrant refugee guard peacekeeper militant fighter insurgent rebel commander
    official employee contractor engineer volunteer firefighter rescuer protester
    protestor demonstrator monk priest imam cleric trader shopkeeper vendor businessman
    businesswoman lawyer activist prisoner inmate sailor pilot member elder politician
    lawmaker mayor nun pensioner motorist cyclist hiker climber swimmer warlord driver
    security-guard diplomat trucker labourer laborer mother father son daughter grandmother
    grandfather girlfriend boyfriend husband wife deckhand crewman campaigner midwife
    aid-worker health-worker councillor councilor rider motorcyclist chief headman leader
    tailor mechanic carpenter porter hunter herdsman cook cleaner watchman diver
    schoolteacher puller supporter apprentice machinist welder electrician plumber builder
    technician clerk cashier waiter waitress chef baker butcher docker dockworker steelworker
    fireman ranger warden constable sergeant corporal lieutenant conscript recruit cadet trainee
    surgeon pharmacist lecturer headteacher headmaster janitor caretaker gardener housekeeper
    maid nanny seller hawker fan spectator
""".split()
)
# Casualty words and the category each gives an implied single.
IMPLIED_PASSIVE: Final[dict[str, str]] = {
    "killed": "killed",
    "shot dead": "killed",
    "executed": "killed",
    "murdered": "killed",
    "assassinated": "killed",
    "beheaded": "killed",
    "lynched": "killed",
    "stabbed to death": "killed",
    "beaten to death": "killed",
    "burned to death": "killed",
    "crushed to death": "killed",
    "hacked to death": "killed",
    "wounded": "injured",
    "injured": "injured",
    "hurt": "injured",
    "stabbed": "injured",
    "shot": "injured",
    "kidnapped": "prisoners",
    "abducted": "prisoners",
    "taken hostage": "prisoners",
    "detained": "prisoners",
    "arrested": "prisoners",
    "captured": "prisoners",
    "seized": "prisoners",
    "found dead": "killed",
    "treated for": "injured",
    "taken to hospital": "injured",
    "rushed to hospital": "injured",
    "hospitalised": "injured",
    "hospitalized": "injured",
}
IMPLIED_INTRANSITIVE: Final[dict[str, str]] = {
    "died": "killed", "missing": "missing",
    "drowned": "killed",
    "perished": "killed",
    "was missing": "missing",
    "is missing": "missing",
    "went missing": "missing",
    "remains missing": "missing",
    "remained missing": "missing",
    "is unaccounted for": "missing",
    "was unaccounted for": "missing",
    "is still missing": "missing",
    "was still missing": "missing",
    "is fighting for his life": "injured",
    "is fighting for her life": "injured",
    "was fighting for his life": "injured",
    "was fighting for her life": "injured",
}
IMPLIED_ACTIVE: Final[dict[str, str]] = {
    "killing": "killed",
    "killed": "killed",
    "shooting dead": "killed",
    "shot dead": "killed",
    "executing": "killed",
    "executed": "killed",
    "murdering": "killed",
    "murdered": "killed",
    "wounding": "injured",
    "wounded": "injured",
    "injuring": "injured",
    "injured": "injured",
    "kidnapping": "prisoners",
    "kidnapped": "prisoners",
    "abducting": "prisoners",
    "abducted": "prisoners",
    "detaining": "prisoners",
    "detained": "prisoners",
    "arresting": "prisoners",
    "arrested": "prisoners",
}
# "the dead included two guards and a nurse": a list of the casualties.
IMPLIED_LISTS: Final[dict[str, str]] = {
    "dead": "killed",
    "killed": "killed",
    "victims": "killed",
    "injured": "injured",
    "wounded": "injured",
    "missing": "missing",
    "hostages": "prisoners",
}
# Casualty words before "including a fisherman", "among them a child": the nearest gives the
# category of the single named in the breakdown (the table words above, and the toll's).
BREAKDOWN_CUES: Final[dict[str, str]] = {
    **IMPLIED_LISTS, **IMPLIED_INTRANSITIVE, **IMPLIED_ACTIVE, **IMPLIED_PASSIVE,
    "deaths": "killed", "toll": "killed", "critical condition": "injured", "critical": "injured",
}
