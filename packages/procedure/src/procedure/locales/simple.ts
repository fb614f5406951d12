/**
 * The journey's simpler sentences for simplified-language presentation (assisted filing's switch): `key_simple` beside
 * `key` (i18next's context `simple`; a page falls back to `key` where there is none). Vietnamese and English together,
 * in a module a page loads on first need (a lazy chunk of the CDN build): most journeys never show them. Data only:
 * a chunk that imported shared code would make the bundler split that code out of the first download's chunks.
 */

/** `_simple` variants of some of the journey's strings: the tree of `JourneyStrings`, keys ending in `_simple`. */
interface SimpleStrings {
  readonly journey: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

export const simpleVi: SimpleStrings = {
  journey: {
    start: {
      levelFull_simple: 'Bạn làm mọi việc trên mạng. Không cần giấy tờ bản giấy. Không cần đến cơ quan.',
      levelPartial_simple: 'Bạn làm phần lớn trên mạng. Có một bước phải đến cơ quan.',
      documents_simple: 'Bạn cần chuẩn bị những giấy này',
      reusable_simple: 'nhà nước đã có giấy này thì không cần nộp lại',
    },
    documents: {
      intro_simple: 'Chụp ảnh từng giấy thật rõ rồi tải lên. Giấy nhà nước đã có thì chọn dùng lại.',
    },
    review: {
      declaration_simple: 'Tôi cam đoan mọi thông tin trên là đúng. Nếu sai, tôi chịu trách nhiệm trước pháp luật.',
    },
  },
};

export const simpleEn: SimpleStrings = {
  journey: {
    start: {
      levelFull_simple: 'You do it all online. No paper. No visit.',
      levelPartial_simple: 'You do most of it online. One step needs a visit.',
      documents_simple: 'Papers to have ready',
      reusable_simple: 'if the state already has it, you do not send it again',
    },
    documents: {
      intro_simple: 'Take a clear photo of each paper and upload it. If the state already has it, choose to reuse it.',
    },
    review: {
      declaration_simple: 'I promise all this information is true. If it is not, I answer for it before the law.',
    },
  },
};
