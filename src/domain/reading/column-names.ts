/**
 * The names people give the columns a reading fills, in English and the languages Chronomap's
 * readers work in (de, fr, es, it, pt, nl, ar, fa, ru, tr). The proposer weighs a name's score
 * against what the column's values look like, so a score says only how well the name fits.
 *
 * A name written "=name" counts only as the whole header: short or common words ("type",
 * "name", "date", "x", "long", "breite" is also "width") would match far too much inside longer
 * headers. A name ending "~" is a weak hint even then ("x", "location" for a point). Latin
 * names are written as they are matched: lower case, without accents.
 */
import type { Reading } from './types';

type NamedField = Exclude<keyof Reading, 'format' | 'dateOrder' | 'geometry' | 'swapLatLon'>;

/** Each string one language's names, comma-separated; English first. */
const NAMES: Record<NamedField, readonly string[]> = {
  date: [
    '=date, event date, date of event, incident date, date of incident, start date, date start, begin date, =start, =begin, =from, =when, =day, occurred, date occurred, occurred on, datetime, date time, date and time, =timestamp~, =year~',
    'datum, ereignisdatum, startdatum, beginndatum, =beginn, zeitpunkt, datum uhrzeit, =tag, =jahr~',
    'date de l evenement, date de debut, =debut, =jour, =annee~',
    'fecha, fecha del evento, fecha de inicio, fecha inicio, =inicio, =dia, =ano~',
    '=data, data evento, data dell evento, data inizio, data di inizio, =inizio, =giorno, =anno~',
    'data do evento, data de inicio, =dia',
    'begindatum, =dag, =jaar~',
    'تاريخ, التاريخ, تاريخ الحدث, =يوم, =سنة~',
    'تاریخ, تاریخ رویداد, =روز, =سال~',
    'дата, дата события, дата начала, =день, =год~',
    'tarih, olay tarihi, baslangic tarihi, =gun, =yil~',
  ],
  endDate: [
    'end date, date end, =end, =to, =until, =finish, date to, end of event',
    'enddatum, datum ende, =ende, =bis',
    'date de fin, =fin',
    'fecha de fin, fecha fin, fecha final, =hasta',
    'data fine, data di fine, =fine',
    'data final, data de termino, data de fim, =fim',
    'einddatum, =einde, =tot',
    'تاريخ الانتهاء, تاريخ النهاية, =نهاية',
    'تاریخ پایان, =پایان',
    'дата окончания, дата конца, =конец, =окончание, =по',
    'bitis tarihi, =bitis',
  ],
  time: [
    'time, time of day, =hour, local time, start time, =clock',
    'uhrzeit, =zeit, startzeit',
    'heure, heure de debut',
    'hora, hora de inicio',
    '=ora, orario',
    'horario',
    'tijd, tijdstip, =uur',
    'وقت, الوقت, =ساعة',
    'زمان, =ساعت',
    'время, =час',
    'saat, zaman',
  ],
  title: [
    'title, =name, event name, event title, headline, what happened, =what, =event, subject, =label, =caption, =incident',
    'titel, bezeichnung, uberschrift, =ereignis, =was',
    'titre, =nom, intitule, =evenement',
    'titulo, =nombre, =evento, titular',
    'titolo, =nome',
    '=nome do evento',
    '=naam, =gebeurtenis, kop',
    'عنوان, العنوان, =اسم, =الاسم, =حدث, =الحدث',
    '=نام, =رویداد',
    'название, заголовок, =имя, =событие',
    'baslik, =ad, =adi, =isim, =olay',
  ],
  lat: [
    'lat, latitude, decimal latitude, gps lat, gps latitude, y coord, y coordinate, =y~',
    'breitengrad, geographische breite, =breite',
    'latitud',
    'latitudine',
    'breedtegraad, =breedte',
    'خط العرض, دائرة العرض, =العرض, =عرض',
    'عرض جغرافیایی',
    'широта',
    'enlem',
  ],
  lon: [
    'lon, lng, longitude, decimal longitude, gps lon, gps long, gps longitude, x coord, x coordinate, =long, =x~',
    'langengrad, geographische lange, =lange',
    'longitud',
    'longitudine',
    'lengtegraad, =lengte',
    'خط الطول, =الطول, =طول',
    'طول جغرافیایی',
    'долгота',
    'boylam',
  ],
  point: [
    'coordinates, coordinate, coords, =coord, latlon, lat lon, latlong, lat long, latlng, lat lng, latitude longitude, lonlat, lon lat, =geo, geometry, =geom, the geom, =wkt, =point, =position, gps coordinates, =gps, geo point, geopoint, geolocation, geo location, =location~',
    'koordinaten, geokoordinaten',
    'coordonnees, coordonnees gps',
    'coordenadas',
    'coordinate gps',
    '=coordenadas gps',
    'coordinaten',
    'إحداثيات, الإحداثيات',
    'مختصات',
    'координаты',
    'koordinat, koordinatlar',
  ],
  place: [
    'place, location, city, town, village, locality, place name, location name, address, =where, =site, =area, municipality, settlement, neighbourhood, neighborhood',
    '=ort, ortschaft, stadt, standort, adresse, gemeinde, dorf, tatort, schauplatz',
    'lieu, ville, localite, endroit, commune',
    'lugar, ubicacion, ciudad, localidad, localizacion, direccion, municipio, pueblo, =sitio',
    'luogo, localita, citta, posizione, indirizzo, comune',
    '=local, localizacao, cidade, endereco, municipio',
    'plaats, locatie, stad, dorp, adres, gemeente, plek',
    'مكان, المكان, موقع, الموقع, مدينة, المدينة, بلدة, قرية',
    'مکان, محل, شهر, موقعیت, روستا, نشانی',
    'место, местоположение, город, населенный пункт, адрес, локация',
    '=yer, konum, sehir, ilce, koy, adres, mekan, lokasyon',
  ],
  country: [
    'country, country name, =nation, admin0, adm0',
    '=land, =staat',
    'pays',
    'pais',
    'paese, nazione, =stato',
    'pais',
    'land',
    'دولة, الدولة, بلد, البلد',
    'کشور',
    'страна',
    'ulke',
  ],
  category: [
    'category, =type, event type, type of event, incident type, type of incident, type of violence, violence type, =kind, =class, classification, =group, =theme, =topic',
    'kategorie, =typ, =art, ereignisart, ereignistyp, =thema',
    'categorie, type d evenement, =genre',
    'categoria, =tipo, tipo de evento, tipo de incidente, =clase',
    'tipo di evento, =classe',
    '=tipo do evento',
    'categorie, =soort',
    'فئة, الفئة, =نوع, =النوع, تصنيف, التصنيف',
    'دسته, دسته بندی, =نوع',
    'категория, =тип, =вид',
    'kategori, =tur, =tip, olay turu',
  ],
  actors: [
    'actors, actor, actor 1, actor 2, parties, party, perpetrator, perpetrators, attacker, belligerent, belligerents, side a, side b, participants, =who',
    'akteur, akteure, beteiligte, tater, partei, parteien',
    'acteur, acteurs, auteur, auteurs',
    'actores, perpetrador, autor, =partes, =parte',
    'attore, attori, autore, autori, =parti',
    'ator, atores',
    'actoren, dader, daders, partij, partijen',
    'الفاعل, الجهة, الطرف, الأطراف, الجاني',
    'مرتکب, =عامل, طرف, طرفین',
    'участник, участники, сторона, стороны, исполнитель',
    'taraf, taraflar, aktor, =fail, faili',
  ],
  summary: [
    'summary, description, =desc, notes, =note, details, =text, comment, comments, narrative, story, =content, =body, remarks, abstract, synopsis',
    'beschreibung, zusammenfassung, notizen, bemerkung, bemerkungen, anmerkung, =inhalt, kommentar',
    'resume, remarques, commentaire, =texte, =contenu',
    'descripcion, resumen, =notas, =nota, detalles, comentario, observaciones, =texto',
    'descrizione, riassunto, sommario, =note, dettagli, commento, =testo',
    'descricao, resumo, observacoes, comentario',
    'beschrijving, omschrijving, samenvatting, opmerkingen, notities, toelichting, =tekst',
    'وصف, الوصف, ملخص, ملاحظات, تفاصيل, =نص',
    'توضیحات, شرح, خلاصه, یادداشت, جزئیات',
    'описание, примечание, примечания, заметки, подробности, комментарий, сводка',
    'aciklama, ozet, notlar, =not, ayrintilar, detaylar, yorum',
  ],
  sources: [
    'source, sources, source url, source link, url, link, links, reference, references, citation, evidence, article url',
    'quelle, quellen, verweis, beleg, belege, fundstelle',
    'lien, =liens',
    'fuente, fuentes, enlace, referencia, referencias',
    'fonte, fonti, collegamento, riferimento',
    'fontes, referencia',
    'bron, bronnen, verwijzing',
    'مصدر, المصدر, مصادر, المصادر, رابط, الرابط, مرجع',
    'منبع, منابع, پیوند, لینک',
    'источник, источники, ссылка, ссылки',
    'kaynak, kaynaklar, baglanti, referans',
  ],
  datePrecision: [
    'date precision, time precision, date accuracy, date certainty, date prec',
    'datumsgenauigkeit',
    'precision de la date',
    'precision de fecha, precision de la fecha',
  ],
  placePrecision: [
    'location precision, geo precision, place precision, spatial precision, where prec, geo prec, location accuracy, geo accuracy, coordinate precision, =precision, =accuracy',
    'ortsgenauigkeit, =genauigkeit',
    '=precision',
    '=precision',
    '=precisione',
    '=precisao',
    '=nauwkeurigheid',
  ],
  killed: [
    'killed, deaths, =dead, fatalities, death toll, number killed, number of deaths, people killed, =casualties~, =victims~',
    'tote, todesopfer, getotete, =opfer~',
    'morts, tues, deces, =victimes~',
    'muertos, fallecidos, muertes, =victimas~',
    'morti, decessi, =vittime~',
    'mortos, mortes, =vitimas~',
    'doden, =slachtoffers~',
    'قتلى, القتلى, وفيات, =ضحايا~',
    'کشته, کشته شدگان, تلفات',
    'погибшие, убитые, погибло, =жертвы~',
    'olu, oluler, olu sayisi',
  ],
  id: [
    '=id, event id, identifier, =uid, =uuid, record id, row id, =key, =no, =nr',
    'kennung, =nummer, lfd nr',
    'identifiant, =numero',
    'identificador',
    'identificativo, id evento',
    '=numero do evento',
    'volgnummer',
    'معرف, المعرف, =رقم',
    'شناسه, =شماره',
    'идентификатор, =номер, =ид',
    'kimlik, =numara, =sira no',
  ],
};

/** Words that make a header something else: "date added" is no event date, "actor type" no actor. */
const NOT_THIS: Partial<Record<NamedField, readonly string[]>> = {
  date: ['added', 'modified', 'updated', 'created', 'uploaded', 'retrieved', 'accessed', 'birth'],
  time: ['zone', 'timezone', 'stamp', 'precision', 'accuracy', 'zeitzone', 'fuseau'],
  actors: ['type', 'code', 'id', 'count', 'number', 'interaction', 'inter'],
  sources: [
    'image',
    'photo',
    'picture',
    'thumbnail',
    'icon',
    'logo',
    'scale',
    'type',
    'count',
    'number',
  ],
  place: ['precision', 'accuracy', 'type', 'id', 'code'],
  summary: ['length', 'count', 'type'],
  title: ['length', 'count'],
};

const SCORE = {
  exact: 100,
  /** The header is the name once a bracketed qualifier is set aside: "Date (UTC)". */
  qualified: 90,
  weak: 50,
  /** The name is some of the header's words: "Event location". */
  words: 60,
  /** The name is the start or end of one of the header's words: "Ereignisdatum". */
  inside: 40,
};

/** The words of a header: camelCase, digits, case, accents and punctuation set aside. */
export function headerWords(header: string): string[] {
  return (
    header
      .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
      .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
      .replace(/(\p{L})(\p{N})|(\p{N})(\p{L})/gu, '$1$3 $2$4')
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/ı/g, 'i')
      .replace(/ß/g, 'ss')
      // Arabic and Persian spellings of yeh and kaf are one letter here.
      .replace(/[يى]/g, 'ی')
      .replace(/ك/g, 'ک')
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
  );
}

interface Name {
  text: string;
  exactOnly: boolean;
  weak: boolean;
}

const NAME_LISTS = new Map<NamedField, Name[]>(
  (Object.keys(NAMES) as NamedField[]).map((field) => [
    field,
    NAMES[field].flatMap((list) =>
      list.split(',').map((raw) => {
        const name = raw.trim();
        return {
          text: headerWords(name).join(' '),
          exactOnly: name.startsWith('='),
          weak: name.endsWith('~'),
        };
      }),
    ),
  ]),
);

interface Match {
  score: number;
  /** How long the matched name is: a longer name is the more specific reading of a header. */
  length: number;
}

const NO_MATCH: Match = { score: 0, length: 0 };

function nameMatch(name: Name, words: string[], bare: string[]): number {
  const whole = words.join(' ');
  if (whole === name.text) return name.weak ? SCORE.weak : SCORE.exact;
  if (bare.length > 0 && bare.join(' ') === name.text)
    return name.weak ? SCORE.weak : SCORE.qualified;
  if (name.exactOnly || name.weak) return 0;
  if (` ${whole} `.includes(` ${name.text} `)) return SCORE.words;
  const single = !name.text.includes(' ') && name.text.length >= 5;
  const inside = (word: string) =>
    word.length > name.text.length && (word.startsWith(name.text) || word.endsWith(name.text));
  return single && words.some(inside) ? SCORE.inside : 0;
}

function fieldMatch(field: NamedField, words: string[], bare: string[]): Match {
  let best = NO_MATCH;
  for (const name of NAME_LISTS.get(field) ?? []) {
    const score = nameMatch(name, words, bare);
    if (score > best.score || (score === best.score && score > 0 && name.text.length > best.length))
      best = { score, length: name.text.length };
  }
  if (
    best.score > 0 &&
    best.score <= SCORE.words &&
    NOT_THIS[field]?.some((w) => words.includes(w))
  )
    return NO_MATCH;
  return best;
}

const isNamed = (field: keyof Reading): field is NamedField => field in NAMES;

/**
 * How well a header names a field: 0 not at all, 100 exactly. A header that only contains the
 * name scores less, and nothing when a longer name of another field fits it better ("Location
 * precision" is a precision, not a place).
 */
export function columnScore(field: keyof Reading, header: string): number {
  if (!isNamed(field)) return 0;
  const words = headerWords(header);
  const bare = headerWords(header.replace(/\([^)]*\)|\[[^\]]*\]/g, ' '));
  const own = fieldMatch(field, words, bare);
  if (own.score === 0 || own.score >= SCORE.qualified) return own.score;
  for (const other of NAME_LISTS.keys()) {
    if (other === field) continue;
    const rival = fieldMatch(other, words, bare);
    if (rival.score >= SCORE.weak && rival.length > own.length) return 0;
  }
  return own.score;
}
