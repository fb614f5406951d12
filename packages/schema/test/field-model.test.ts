/** The field model's plain-language hint (`x-hint-simple`, issue 17 simplified language). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fieldModel } from '@dvc/schema';

const place = {
  type: 'string',
  title: 'Nơi đăng ký khai sinh',
  'x-hint': 'Ủy ban nhân dân cấp xã nơi cư trú của cha hoặc mẹ, theo Luật Hộ tịch',
  'x-hint-simple': 'Xã hoặc phường nơi cha hoặc mẹ đang sống',
  'x-i18n': {
    en: {
      title: 'Place of registration',
      'x-hint': 'The commune People’s Committee where the father or mother resides, under the Civil Status Law',
      'x-hint-simple': 'The commune or ward where the father or mother lives',
    },
  },
};

describe('fieldModel simpleHint', () => {
  it('gives the simple hint beside the normal one, in the form’s language', () => {
    const vi = fieldModel(place, 'vi', 'place');
    assert.equal(vi.hint, place['x-hint']);
    assert.equal(vi.simpleHint, 'Xã hoặc phường nơi cha hoặc mẹ đang sống');
    const en = fieldModel(place, 'en', 'place');
    assert.equal(en.hint, place['x-i18n'].en['x-hint']);
    assert.equal(en.simpleHint, 'The commune or ward where the father or mother lives');
  });

  it('is empty without x-hint-simple', () => {
    assert.equal(fieldModel({ type: 'string', title: 'Họ', 'x-hint': 'Như trên giấy tờ' }, 'vi', 'a').simpleHint, '');
  });

  it('never gives a simple hint in another language than a normal hint in the form’s language', () => {
    const { en: english } = place['x-i18n'];
    const onlyViSimple = { ...place, 'x-i18n': { en: { ...english, 'x-hint-simple': undefined } } };
    assert.equal(fieldModel(onlyViSimple, 'en', 'place').simpleHint, '');
    // Without any English text, the schema's own (Vietnamese) texts are the fallback, the simple one included.
    const noEnglish = { ...place, 'x-i18n': {} };
    assert.equal(fieldModel(noEnglish, 'en', 'place').simpleHint, place['x-hint-simple']);
  });
});
