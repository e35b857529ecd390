// Word lists the rules rely on. Small on purpose: they name kinds of words, not the world.

const words = (text: string) => new Set(text.trim().split(/\s*\|\s*/).map((w) => w.toLowerCase()));

export const COUNTRIES = words(`Afghanistan|Albania|Algeria|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahrain|Bangladesh|Belarus|Belgium|Bolivia|Bosnia|Botswana|Brazil|Bulgaria|Burkina Faso|Burundi|Benin|Bhutan|Cambodia|Cameroon|Canada|Chile|China|Colombia|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czechia|Czech Republic|Denmark|Ecuador|Egypt|England|Estonia|Ethiopia|Finland|France|Georgia|Germany|Ghana|Greece|Guatemala|Haiti|Honduras|Hong Kong|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Korea|South Korea|North Korea|Kosovo|Kuwait|Laos|Latvia|Lebanon|Libya|Lithuania|Luxembourg|Macau|Madagascar|Malaysia|Mali|Malta|Mexico|Moldova|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|Norway|Oman|Pakistan|Panama|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Saudi Arabia|Scotland|Senegal|Serbia|Singapore|Slovakia|Slovenia|Somalia|South Africa|Spain|Sri Lanka|Sudan|Sweden|Switzerland|Syria|Taiwan|Tanzania|Thailand|Tunisia|Turkey|Türkiye|Uganda|Ukraine|United Arab Emirates|UAE|United Kingdom|UK|U.K.|Britain|Great Britain|United States|US|U.S.|USA|U.S.A.|America|Uruguay|Uzbekistan|Venezuela|Vietnam|Wales|Yemen|Zambia|Zimbabwe|Chad|Djibouti|Eritrea|Gabon|Gambia|Guinea|Guinea-Bissau|Equatorial Guinea|Ivory Coast|Côte d'Ivoire|Liberia|Lesotho|Malawi|Mauritania|Mauritius|Sierra Leone|Togo|South Sudan|Eswatini|Central African Republic|Cape Verde|Brunei|Fiji|Papua New Guinea|Kyrgyzstan|Tajikistan|Turkmenistan|El Salvador|Dominican Republic|North Macedonia|Bahamas|Barbados|Belize|Maldives|Palestine|Timor-Leste`);

/** Continents and oceans: not options against cities, nor cities against them. */
/** Names of one country, or one union of them, that a reader uses for each other: "Britain" for "UK". */
export const SAME_COUNTRY: readonly (readonly string[])[] = [
	['UK', 'U.K.', 'Britain', 'Great Britain', 'United Kingdom'],
	['US', 'U.S.', 'USA', 'United States', 'America', 'United States of America'],
	['EU', 'European Union'],
	['UN', 'United Nations']
];

export const CONTINENTS = words(`Africa|Asia|Europe|North America|South America|Latin America|Antarctica|Oceania|Middle East|Arctic|Pacific|Atlantic`);
export const CITIES_AND_REGIONS = words(`Africa|Asia|Europe|North America|South America|Latin America|Antarctica|Oceania|Middle East|Arctic|Pacific|Atlantic|Amsterdam|Athens|Atlanta|Bangkok|Barcelona|Beijing|Berlin|Boston|Brussels|Buenos Aires|Cairo|Cape Canaveral|Chicago|Cupertino|Delhi|New Delhi|Doha|Dubai|Dublin|Edinburgh|Frankfurt|Geneva|Guangzhou|Hangzhou|Houston|Istanbul|Jakarta|Jerusalem|Johannesburg|Kyiv|Kiev|Lagos|Lisbon|London|Los Angeles|Lusail|Madrid|Manchester|Melbourne|Mexico City|Miami|Milan|Moscow|Mumbai|Munich|Nairobi|New York|Osaka|Oslo|Paris|Prague|Redmond|Rio de Janeiro|Rome|San Francisco|Santa Clara|Seattle|Seoul|Shanghai|Shenzhen|Silicon Valley|Singapore|Stockholm|Sydney|Taipei|Tehran|Tokyo|Toronto|Vancouver|Vienna|Warsaw|Washington|Wuhan|Zurich|Florida|California|Texas|Kourou|French Guiana|Alaska|Hawaii|Ohio|Virginia|Wall Street|Westminster|Brussels|the Moon|Moon|Mars|Earth|Sea of Tranquility|Houston`);

export const DEMONYMS = words(`American|Argentine|Argentinian|Australian|Austrian|Belgian|Brazilian|British|Canadian|Chinese|Croatian|Danish|Dutch|Egyptian|English|European|French|German|Greek|Indian|Iranian|Irish|Israeli|Italian|Japanese|Korean|Mexican|Moroccan|Nigerian|Norwegian|Pakistani|Polish|Portuguese|Qatari|Russian|Saudi|Scottish|Soviet|Spanish|Swedish|Swiss|Taiwanese|Turkish|Ukrainian|Welsh|Western|Eastern|Asian|African|Arab`);

/** Titles and roles written before a name: "Nvidia CEO Jensen Huang", "co-founder Jack Ma". */
export const ROLES = words(`CEO|CFO|COO|CTO|chief executive|chief executive officer|chief financial officer|chief operating officer|chief technology officer|president|vice president|vice-president|prime minister|minister|foreign minister|finance minister|chancellor|chairman|chairwoman|chair|chairperson|director|managing director|director-general|director general|secretary-general|secretary general|attorney general|attorney-general|solicitor general|governor-general|surgeon general|inspector general|secretary|secretary of state|governor|senator|mayor|congressman|congresswoman|representative|ambassador|spokesman|spokeswoman|spokesperson|founder|co-founder|cofounder|owner|head|boss|manager|coach|head coach|captain|striker|forward|midfielder|defender|goalkeeper|player|king|queen|prince|princess|pope|general|commander|commissioner|administrator|astronaut|pilot|commander|professor|scientist|researcher|analyst|economist|dr|dr.|mr|mr.|mrs|mrs.|ms|ms.|sir|dame|lord|judge|justice|leader|premier|emperor|author|editor|engineer|investor|billionaire|entrepreneur|lawmaker|official|deputy|envoy|ruler|dictator|presidente|chief|controller|host|presenter|actor|actress|singer|rapper|novelist|producer|lawyer|agent|mp|mep`);

/** Nouns that, just before a name, say it is an organisation: "tech giant Huawei". */
export const ORG_DESCRIPTORS = words(`company|companies|outfit|giant|giants|firm|firms|maker|makers|chipmaker|automaker|carmaker|group|startup|start-up|rival|rivals|conglomerate|bank|lender|insurer|retailer|publisher|broadcaster|network|studio|developer|manufacturer|supplier|operator|carrier|airline|agency|club|team|side|party|university|brand|platform|exchange|regulator|watchdog|union|charity|organisation|organization|corporation|subsidiary|unit|division|outlet|newspaper|magazine|channel|label|league|federation|association|institute|laboratory|lab|hospital|school|college|ministry|department|government|parliament|council|committee|court|army|navy|police`);

/** Last words that make a name an organisation: "Communist Party", "Bank of England". */
export const ORG_SUFFIXES = words(`Inc|Inc.|Corp|Corp.|Corporation|Co|Co.|Company|Ltd|Ltd.|Limited|LLC|PLC|plc|AG|SA|GmbH|Group|Holdings|Partners|Capital|Bank|Fund|Foundation|Institute|University|College|School|Academy|Agency|Administration|Authority|Commission|Committee|Council|Ministry|Department|Office|Bureau|Service|Services|Party|Union|Association|Federation|League|Club|FC|United|City|Rovers|Athletic|Airlines|Airways|Motors|Systems|Technologies|Technology|Labs|Laboratories|Studios|Entertainment|Media|News|Times|Post|Journal|Network|Networks|Pharmaceuticals|Energy|Communications|Telecom|Games|Software|Electronics|Industries|Parliament|Congress|Senate|Assembly|Court|Army|Navy|Force|Police|Bureau|Reserve|Exchange|Organization|Organisation|Nations|NASA|ESA|FIFA|UEFA|IMF|NATO|OPEC|WHO|EU`);

export const PLACE_SUFFIXES = words(`Stadium|Arena|Park|Airport|Station|Square|Street|Avenue|Road|Bridge|River|Lake|Sea|Ocean|Bay|Gulf|Island|Islands|Mountains|Mountain|Mount|Valley|Desert|Coast|Peninsula|Province|State|County|District|Region|City|Centre|Center|Base|Space Center|Palace|Hall|Cathedral|Museum`);

/** Last words that make a name a thing made: "James Webb Space Telescope", "Ariane 5 rocket". */
export const PRODUCT_SUFFIXES = words(`Telescope|Rocket|Spacecraft|Module|Satellite|Probe|Rover|Lander|Camera|Reactor|Engine|Chip|Chips|Phone|Console|Model|Models|Series|Vaccine|Drug|System`);

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** The short form of each month that has one: "january" → "Jan" (May has none). */
export const MONTH_SHORT_FORMS = MONTHS.filter((m) => m !== 'may').map((m) => [m, m.charAt(0).toUpperCase() + m.slice(1, 3)] as const);
export const MONTH_SET = new Set([...MONTHS, ...MONTH_SHORT_FORMS.map(([, short]) => short.toLowerCase()), 'sept']);

/** Words of scale in amounts, with the short forms a learner may type: "$52bn". */
export const SCALE_SHORT_FORMS: Record<string, string[]> = { billion: ['bn', 'b'], million: ['m', 'mn'], trillion: ['tn', 'trn'], thousand: ['k'] };
export const SCALES = Object.keys(SCALE_SHORT_FORMS);
export const WEEKDAYS = words(`Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday`);

/** Words that soften a number: they stay in the question, never in an answer. */
export const HEDGES = ['more than', 'less than', 'fewer than', 'up to', 'just over', 'just under', 'at least', 'close to', 'as many as', 'as much as', 'nearly', 'around', 'about', 'approximately', 'almost', 'roughly', 'some', 'over', 'under', 'circa', 'estimated', 'an estimated', 'about'];

/** Verbs whose subject is an organisation when it is "it": "it launched", "it scrapped". */
export const CORPORATE_VERBS = words(`announce|launch|debut|release|report|post|scrap|acquire|buy|sell|invest|vow|warn|hire|cut|raise|sign|agree|plan|partner|unveil|introduce|blame|expect|file|open|close|shut|list|float|pay|spend|earn|lose|win|ship|build|employ|say|tell|confirm|deny|decide|approve|reject|ban|fine|sue|merge|complete|cancel|delay|expand|reach|set|target|forecast|pledge|promise|aim|seek|offer|order`);

/** A short list of first names from many languages: two capitalised words starting with one are a person. */
export const FIRST_NAMES = words(`Aaron|Adam|Adrian|Ahmed|Alan|Alex|Alexander|Alexandra|Ali|Alice|Amanda|Amy|Ana|Andrea|Andrew|Andy|Angela|Angel|Anna|Anne|Anthony|Antoine|Antonio|Arthur|Barack|Ben|Benjamin|Bernard|Bill|Bob|Boris|Brian|Bruce|Buzz|Carlos|Carol|Catherine|Charles|Charlie|Chris|Christian|Christine|Christopher|Claire|Colette|Daniel|David|Deng|Diana|Diego|Dmitry|Donald|Douglas|Edward|Elizabeth|Elon|Emily|Emma|Emmanuel|Eric|Erik|Fatima|Felipe|Francis|Frank|Franz|Gareth|Gary|Gene|George|Gerald|Giorgia|Gordon|Hannah|Harry|Helen|Henry|Hugo|Ian|Isabel|Ivan|Jack|Jacob|James|Jane|Janet|Jason|Javier|Jean|Jeff|Jennifer|Jensen|Jeremy|Jerome|Jessica|Jim|Jimmy|Joe|John|Jonathan|Jorge|Jose|José|Joseph|Juan|Julia|Julian|Kamala|Karen|Karl|Kate|Keir|Kevin|Kim|Kylian|Larry|Laura|Lee|Leo|Li|Linda|Lionel|Lisa|Liz|Louis|Lucas|Luis|Luka|Marc|Marco|Margaret|Maria|Marie|Mark|Martin|Mary|Matthew|Michael|Michel|Michelle|Mike|Mohammed|Muhammad|Nancy|Narendra|Neil|Nelson|Nicholas|Nicola|Nicolas|Olaf|Oliver|Olivia|Pablo|Patrick|Paul|Pedro|Peter|Philip|Pierre|Rachel|Rafael|Ravi|Richard|Rishi|Robert|Roger|Ronald|Rosa|Ruth|Ryan|Sam|Samuel|Sandra|Sarah|Satya|Scott|Sebastian|Sergei|Sergey|Simon|Sophie|Stephen|Steve|Steven|Sundar|Susan|Theresa|Thomas|Tim|Timothy|Tom|Tony|Ursula|Victor|Vladimir|Walter|Wang|William|Xi|Yuri|Zhang|Abigail|Adele|Adriana|Agnes|Aidan|Aisha|Alain|Alberto|Alessandro|Alexei|Alfonso|Alfred|Alicia|Alison|Allan|Amelia|Anders|Andre|Andrei|Andreas|Angelo|Anita|Ann|Annie|Anton|Arnold|Ashley|Audrey|Axel|Barbara|Barry|Beatrice|Bernd|Bert|Beth|Betty|Billy|Bobby|Brad|Bradley|Brandon|Brendan|Brenda|Brett|Bruno|Bryan|Carl|Carla|Carlo|Carmen|Caroline|Cathy|Cecilia|Chloe|Christina|Clara|Claude|Claudia|Colin|Connor|Craig|Cristina|Dale|Damian|Dan|Danielle|Danny|Darren|Dave|Debbie|Deborah|Denis|Dennis|Derek|Diane|Dieter|Dominic|Domenico|Doris|Dorothy|Duncan|Dylan|Eddie|Edgar|Edith|Eileen|Elaine|Eleanor|Elena|Eli|Ella|Ellen|Enrico|Ernest|Ethan|Eugene|Eva|Evan|Evelyn|Fabio|Felix|Fernando|Fiona|Francesca|Francesco|Francisco|Franklin|Fred|Frederick|Gabriel|Gavin|Geoffrey|Georg|Gerard|Gerhard|Gianni|Gilbert|Gillian|Giorgio|Giovanni|Glen|Graham|Greg|Gregory|Guillaume|Gustav|Hans|Harold|Harriet|Harvey|Heather|Heidi|Heinz|Helena|Henri|Henrik|Herbert|Hilary|Howard|Hugh|Igor|Ingrid|Irene|Isaac|Isabella|Jacques|Jake|Jamie|Jan|Janice|Jeffrey|Jenny|Jerry|Jill|Joan|Joanna|Joel|Johan|Johann|Johnny|Jon|Josh|Joshua|Judith|Judy|Julie|Juliet|Justin|Katherine|Kathleen|Kathryn|Katie|Keith|Kelly|Ken|Kenneth|Kirsty|Klaus|Kurt|Kyle|Lars|Lauren|Laurent|Lawrence|Leon|Leonard|Lewis|Liam|Lorenzo|Louise|Luc|Luca|Lucy|Luigi|Luke|Lynn|Magnus|Malcolm|Marcel|Marcus|Marina|Mario|Marion|Martha|Mathieu|Matt|Maurice|Max|Maxim|Megan|Melanie|Miguel|Mikhail|Monica|Nadia|Natalie|Natasha|Nathalie|Nathan|Nick|Nigel|Nikolai|Noah|Norman|Oleg|Omar|Oscar|Otto|Owen|Pamela|Paolo|Pascal|Patricia|Paula|Pauline|Petra|Philippe|Pieter|Ralph|Ramon|Raymond|Rebecca|Reginald|Ricardo|Rick|Roberto|Robin|Roland|Ross|Roy|Rudolf|Russell|Samantha|Sara|Sean|Sergio|Shane|Sharon|Sheila|Stanley|Stefan|Stefano|Stephanie|Stuart|Suzanne|Sven|Sylvia|Tanya|Ted|Teresa|Terry|Tina|Tobias|Todd|Tommy|Tracy|Trevor|Valerie|Vanessa|Vera|Vincent|Viktor|Wayne|Wendy|Werner|Wolfgang|Xavier|Yvonne|Zoe`);

/** Verbs of saying that both name a person and attribute a quotation. */
const SAYING = `said|says|added|adds|told|tells|wrote|writes|explained|noted|argued|warned|stated|announced|insisted|recalled|replied|asked`;
/** Verbs of saying: a capitalised name before one is a person. */
export const SPEECH_VERBS = words(`${SAYING}|claimed`);
/** Verbs that give a quotation to its speaker: "Huang said, “…”", "“…,” she tweeted." */
export const QUOTATION_VERBS = words(`${SAYING}|declared|reported|reports|asks|continued|remarked|observed|tweeted|posted|joked|radioed`);

/** Third-person pronouns, by what they stand for: a thing, a person, several. */
export const THING_PRONOUNS = words(`it|its`);
export const PERSON_PRONOUNS = words(`he|him|his|she|her`);
export const PLURAL_PRONOUNS = words(`they|them|their`);
export const THIRD_PERSON_PRONOUNS = new Set([...THING_PRONOUNS, ...PERSON_PRONOUNS, ...PLURAL_PRONOUNS]);
/** The forms that are only ever objects ("him", "them"): the others may open a sentence. */
export const OBJECT_ONLY_PRONOUNS = words(`him|them`);
/** Pronouns that can be the subject of a verb. */
export const SUBJECT_PRONOUNS = words(`i|you|he|she|it|we|they`);
export const DEMONSTRATIVES = words(`this|that|these|those`);

/** The words as alternatives of a regular expression: `^(${alternatives(list)})$`. */
export function alternatives(list: Iterable<string>): string {
	return [...list].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

export function isPlace(name: string): boolean {
	const key = name.toLowerCase().replace(/^the /, '');
	return COUNTRIES.has(key) || CITIES_AND_REGIONS.has(key);
}
