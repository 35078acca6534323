"""Generate un_names.json: UN short names (and common variants) to ISO 3166-1 alpha-3.

Run once when the UN or ISO lists change: `uv run python -m tocsin_watcher.data.make_un_names`.
The output is committed; the watcher never imports pycountry at run time.
"""

import json
import pathlib

import pycountry

UN_MEMBERS: tuple[str, ...] = (
    "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Antigua and Barbuda", "Argentina",
    "Armenia", "Australia", "Austria", "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados",
    "Belarus", "Belgium", "Belize", "Benin", "Bhutan", "Bolivia (Plurinational State of)",
    "Bosnia and Herzegovina", "Botswana", "Brazil", "Brunei Darussalam", "Bulgaria", "Burkina Faso",
    "Burundi", "Cabo Verde", "Cambodia", "Cameroon", "Canada", "Central African Republic", "Chad", "Chile",
    "China", "Colombia", "Comoros", "Congo", "Costa Rica", "Côte d'Ivoire", "Croatia", "Cuba", "Cyprus",
    "Czechia", "Democratic People's Republic of Korea", "Democratic Republic of the Congo", "Denmark",
    "Djibouti", "Dominica", "Dominican Republic", "Ecuador", "Egypt", "El Salvador", "Equatorial Guinea",
    "Eritrea", "Estonia", "Eswatini", "Ethiopia", "Fiji", "Finland", "France", "Gabon", "Gambia", "Georgia",
    "Germany", "Ghana", "Greece", "Grenada", "Guatemala", "Guinea", "Guinea-Bissau", "Guyana", "Haiti",
    "Honduras", "Hungary", "Iceland", "India", "Indonesia", "Iran (Islamic Republic of)", "Iraq", "Ireland",
    "Israel", "Italy", "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya", "Kiribati", "Kuwait",
    "Kyrgyzstan", "Lao People's Democratic Republic", "Latvia", "Lebanon", "Lesotho", "Liberia", "Libya",
    "Liechtenstein", "Lithuania", "Luxembourg", "Madagascar", "Malawi", "Malaysia", "Maldives", "Mali",
    "Malta", "Marshall Islands", "Mauritania", "Mauritius", "Mexico", "Micronesia (Federated States of)",
    "Monaco", "Mongolia", "Montenegro", "Morocco", "Mozambique", "Myanmar", "Namibia", "Nauru", "Nepal",
    "Netherlands (Kingdom of the)", "New Zealand", "Nicaragua", "Niger", "Nigeria", "North Macedonia",
    "Norway", "Oman", "Pakistan", "Palau", "Panama", "Papua New Guinea", "Paraguay", "Peru", "Philippines",
    "Poland", "Portugal", "Qatar", "Republic of Korea", "Republic of Moldova", "Romania",
    "Russian Federation", "Rwanda", "Saint Kitts and Nevis", "Saint Lucia",
    "Saint Vincent and the Grenadines", "Samoa", "San Marino", "Sao Tome and Principe", "Saudi Arabia",
    "Senegal", "Serbia", "Seychelles", "Sierra Leone", "Singapore", "Slovakia", "Slovenia",
    "Solomon Islands", "Somalia", "South Africa", "South Sudan", "Spain", "Sri Lanka", "Sudan", "Suriname",
    "Sweden", "Switzerland", "Syrian Arab Republic", "Tajikistan", "Thailand", "Timor-Leste", "Togo",
    "Tonga", "Trinidad and Tobago", "Tunisia", "Türkiye", "Turkmenistan", "Tuvalu", "Uganda", "Ukraine",
    "United Arab Emirates", "United Kingdom of Great Britain and Northern Ireland",
    "United Republic of Tanzania", "United States of America", "Uruguay", "Uzbekistan", "Vanuatu",
    "Venezuela (Bolivarian Republic of)", "Viet Nam", "Yemen", "Zambia", "Zimbabwe",
)  # fmt: skip
UN_OBSERVER_STATES: tuple[str, ...] = ("Holy See", "State of Palestine")

# Names pycountry does not resolve, or resolves differently from the UN, plus common variants.
OVERRIDES: dict[str, str] = {
    "Bolivia (Plurinational State of)": "BOL",
    "Democratic People's Republic of Korea": "PRK",
    "Democratic Republic of the Congo": "COD",
    "Iran (Islamic Republic of)": "IRN",
    "Micronesia (Federated States of)": "FSM",
    "Netherlands (Kingdom of the)": "NLD",
    "Republic of Korea": "KOR",
    "Republic of Moldova": "MDA",
    "United Kingdom of Great Britain and Northern Ireland": "GBR",
    "United Republic of Tanzania": "TZA",
    "United States of America": "USA",
    "Venezuela (Bolivarian Republic of)": "VEN",
    "Holy See": "VAT",
    "State of Palestine": "PSE",
    "Congo": "COG",
    "Czech Republic": "CZE",
    "Turkey": "TUR",
    "Vietnam": "VNM",
    "Laos": "LAO",
    "Ivory Coast": "CIV",
    "North Korea": "PRK",
    "South Korea": "KOR",
    "Korea": "KOR",
    "Palestine": "PSE",
    "Vatican": "VAT",
    "Russia": "RUS",
    "Syria": "SYR",
    "Iran": "IRN",
    "Bolivia": "BOL",
    "Venezuela": "VEN",
    "Tanzania": "TZA",
    "Moldova": "MDA",
    "Micronesia": "FSM",
    "Swaziland": "SWZ",
    "The former Yugoslav Republic of Macedonia": "MKD",
    "Cape Verde": "CPV",
    "Brunei": "BRN",
    "Republic of the Congo": "COG",
    "DR Congo": "COD",
    "Democratic Republic of Congo": "COD",
    "East Timor": "TLS",
    "United Kingdom": "GBR",
    "United States": "USA",
    "Great Britain": "GBR",
    "Kingdom of the Netherlands": "NLD",
    "Burma": "MMR",
}

# Participants that are not states: counted as signatories and parties, never toward entry into force.
ORGANIZATIONS: tuple[str, ...] = ("European Union", "European Community", "European Economic Community")


def build() -> dict[str, object]:
    """The JSON document: {"states": {name: alpha3}, "organizations": [names]}."""
    states: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            name = getattr(country, attr, None)
            if name:
                states[name] = country.alpha_3
    for name in (*UN_MEMBERS, *UN_OBSERVER_STATES):
        if name not in OVERRIDES:
            states[name] = pycountry.countries.lookup(name).alpha_3
    states.update(OVERRIDES)
    return {"states": dict(sorted(states.items())), "organizations": list(ORGANIZATIONS)}


def main() -> None:
    target = pathlib.Path(__file__).with_name("un_names.json")
    target.write_text(json.dumps(build(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(target)


if __name__ == "__main__":
    main()
