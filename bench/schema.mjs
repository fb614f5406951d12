// Deterministic benchmark schema: N fields in nested sections of 10, Vietnamese titles.
// Used by both pages (browser) and the runner (Node); no dependencies.

/** Fields per section. N must be a multiple of it. */
export const SECTION_SIZE = 10;

/** Small seeded PRNG (mulberry32): the same N always gives the same schema. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sectionTitles = [
  'Thông tin người khai',
  'Nơi thường trú',
  'Nơi ở hiện tại',
  'Thông tin hộ gia đình',
  'Thông tin người đại diện',
  'Giấy tờ tùy thân',
  'Thông tin nghề nghiệp',
  'Thông tin liên hệ',
];

const textFields = [
  { title: 'Họ, chữ đệm và tên', description: 'Viết đúng như trên căn cước', minLength: 2, maxLength: 100 },
  { title: 'Tên đường, phố', description: '', minLength: 2, maxLength: 120 },
  { title: 'Số nhà', description: 'Ví dụ: 12A', minLength: 1, maxLength: 20 },
  { title: 'Tên cơ quan, đơn vị', description: '', minLength: 3, maxLength: 150 },
  { title: 'Nơi cấp', description: 'Cơ quan đã cấp giấy tờ', minLength: 2, maxLength: 120 },
  { title: 'Quan hệ với chủ hộ', description: '', minLength: 2, maxLength: 40 },
];
// Letters (with Vietnamese diacritics), digits, spaces and simple punctuation.
const textPattern = '^[0-9A-Za-zÀ-ỹĐđ .,/-]*$';

const integerFields = [
  { title: 'Năm sinh', description: 'Bốn chữ số, ví dụ 1990', minimum: 1900, maximum: 2025 },
  { title: 'Số người trong hộ', description: '', minimum: 1, maximum: 30 },
  { title: 'Số năm công tác', description: '', minimum: 0, maximum: 60 },
  { title: 'Số tầng của nhà', description: 'Tính cả tầng trệt', minimum: 1, maximum: 100 },
];

const enumFields = [
  { title: 'Giới tính', options: ['Nam', 'Nữ', 'Khác'] },
  { title: 'Tình trạng hôn nhân', options: ['Chưa kết hôn', 'Đã kết hôn', 'Đã ly hôn', 'Góa'] },
  {
    title: 'Trình độ học vấn',
    options: ['Tiểu học', 'Trung học cơ sở', 'Trung học phổ thông', 'Cao đẳng', 'Đại học', 'Sau đại học', 'Khác'],
  },
  { title: 'Loại giấy tờ', options: ['Căn cước', 'Hộ chiếu', 'Giấy khai sinh', 'Giấy phép lái xe', 'Khác'] },
  {
    title: 'Hình thức nhận kết quả',
    options: ['Trực tiếp', 'Qua bưu điện', 'Trực tuyến', 'Qua ứng dụng', 'Qua thư điện tử', 'Khác'],
  },
];

const booleanFields = [
  'Tôi cam đoan thông tin trên là đúng sự thật',
  'Đồng ý nhận thông báo qua tin nhắn',
  'Có người phụ thuộc',
  'Đã đăng ký thường trú',
];

const dateFields = [
  { title: 'Ngày sinh', description: 'Ví dụ: 27 3 1990' },
  { title: 'Ngày cấp', description: '' },
  { title: 'Ngày bắt đầu cư trú', description: '' },
];

/** Kinds of the 10 fields of a section: 4 strings, 2 integers, 2 enums, 1 boolean, 1 date. */
export const SECTION_KINDS = [
  'string',
  'integer',
  'enum',
  'string',
  'date',
  'boolean',
  'string',
  'enum',
  'integer',
  'string',
];
/** Which positions of a section are required. */
const REQUIRED = new Set([0, 1, 2, 4, 6]);

function pick(list, next) {
  return list[Math.floor(next() * list.length)];
}

/**
 * The benchmark schema with `n` fields (`n` a multiple of 10): root object → sections `s0…` →
 * fields `f0…f9`. Pointers of the data are `/s<k>/f<i>`.
 */
export function generateSchema(n) {
  if (!Number.isInteger(n) || n <= 0 || n % SECTION_SIZE !== 0)
    throw new Error(`N must be a positive multiple of ${SECTION_SIZE}, got ${n}`);
  const next = random(0xd7c + n);
  const properties = {};
  for (let s = 0; s < n / SECTION_SIZE; s += 1) {
    const fields = {};
    const required = [];
    for (let i = 0; i < SECTION_SIZE; i += 1) {
      const name = `f${i}`;
      const kind = SECTION_KINDS[i];
      let field;
      if (kind === 'string') {
        // Each section starts with a name (minLength 2): the keystroke field behaves the same at every N.
        const spec = i === 0 ? textFields[0] : pick(textFields.slice(1), next);
        field = {
          type: 'string',
          title: spec.title,
          minLength: spec.minLength,
          maxLength: spec.maxLength,
          pattern: textPattern,
        };
        if (spec.description) field.description = spec.description;
      } else if (kind === 'integer') {
        const spec = pick(integerFields, next);
        field = { type: 'integer', title: spec.title, minimum: spec.minimum, maximum: spec.maximum };
        if (spec.description) field.description = spec.description;
      } else if (kind === 'enum') {
        const spec = pick(enumFields, next);
        field = { type: 'string', title: spec.title, enum: [...spec.options] };
      } else if (kind === 'boolean') {
        field = { type: 'boolean', title: pick(booleanFields, next) };
      } else {
        const spec = pick(dateFields, next);
        field = { type: 'string', format: 'date', title: spec.title };
        if (spec.description) field.description = spec.description;
      }
      fields[name] = field;
      if (REQUIRED.has(i)) required.push(name);
    }
    properties[`s${s}`] = {
      type: 'object',
      title: `Phần ${s + 1}: ${sectionTitles[s % sectionTitles.length]}`,
      properties: fields,
      required,
    };
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: `Tờ khai thử nghiệm (${n} trường)`,
    type: 'object',
    properties,
  };
}

/** The text field typed into for the keystroke metric: the name field opening the middle section. */
export function keystrokePointer(n) {
  return `/s${Math.floor(n / SECTION_SIZE / 2)}/f0`;
}
