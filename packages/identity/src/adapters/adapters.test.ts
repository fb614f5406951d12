import { expect } from '@open-wc/testing';
import { loadLanguage } from '@dvc/core';
import { citizenSchema } from '../citizen.js';
import { badClaims, demoCitizens, fixtureClock, fixtureRetrievedAt } from '../fixtures/index.js';
import { describeIdentityProblem, registerIdentityStrings } from '../locales/index.js';
import type { IdentityResult } from '../problems.js';
import { mapCccdQr, mapClaims, mapPortalProfile, mapVneidUserInfo, toE164, validateCitizen } from '../index.js';

function citizenOf(result: IdentityResult) {
  if (!result.ok) throw new Error(`expected a citizen, got ${JSON.stringify(result.problems)}`);
  return result.citizen;
}

function problemsOf(result: IdentityResult) {
  if (result.ok) throw new Error('expected problems, got a citizen');
  return result.problems;
}

const fixture = (id: string) => demoCitizens.find((entry) => entry.id === id)!;

describe('identity adapters', () => {
  it('map VNeID user info: ID, full name (not split), year-only birth date, level from loAs', () => {
    const citizen = citizenOf(mapVneidUserInfo(fixture('missing-optional-data').claims.vneid, { now: fixtureClock }));
    expect(citizen).to.deep.equal(fixture('missing-optional-data').citizen);
    expect(citizen.personalId).to.equal('038079003456');
    expect(citizen.fullName).to.equal('Hoàng Văn Tú');
    expect(citizen).not.to.have.any.keys('familyName', 'middleName', 'givenName', 'sex');
    expect(citizen.birthDate).to.equal('1979');
    expect(citizen.assurance).to.deep.equal({ source: 'vneid', level: '2', retrievedAt: fixtureRetrievedAt });
  });

  it('take the level from IAL when loAs is absent, and the time from the clock', () => {
    const citizen = citizenOf(
      mapVneidUserInfo(
        { SoDinhDanh: '079303001122', HoVaTen: 'Đỗ Thị Ngọc Ánh', NgayThangNamSinh: '20030902', IAL: 1 },
        { now: () => new Date('2026-03-01T00:00:00Z') },
      ),
    );
    expect(citizen.assurance).to.deep.equal({ source: 'vneid', level: '1', retrievedAt: '2026-03-01T00:00:00.000Z' });
    expect(citizen.birthDate).to.equal('2003-09-02');
  });

  it('map a national-portal profile: split name as given, codes, coded and legacy addresses, relatives, phone in E.164', () => {
    const citizen = citizenOf(
      mapPortalProfile(fixture('no-middle-name').claims['portal-profile'], { now: fixtureClock }),
    );
    expect(citizen).to.deep.equal(fixture('no-middle-name').citizen);
    expect(citizen).to.include({
      fullName: 'Phạm Hùng',
      familyName: 'Phạm',
      givenName: 'Hùng',
      sex: 'male',
      ethnicity: '01',
      phone: '+84912345678',
    });
    expect(citizen.middleName).to.equal(undefined);
    expect(citizen.permanentAddress).to.deep.equal({
      provinceCode: '01',
      communeCode: '00004',
      detail: 'Số 12 ngõ 34 phố Đội Cấn',
    });
    expect(citizen.placeOfOrigin).to.deep.equal({ legacyText: 'Xã Nghĩa Lạc, huyện Nghĩa Hưng, tỉnh Nam Định' });
    expect(citizen.father).to.deep.equal({ fullName: 'Phạm Văn Sơn', personalId: '036055001234', nationality: 'VN' });
    expect(citizen.spouse).to.equal(undefined);
  });

  it('keep only the text of addresses coded in the old 3-level system, and the country of places abroad', () => {
    const citizen = citizenOf(
      mapPortalProfile({
        SoDinhDanh: '232099000456',
        HoVaTen: 'Nguyễn Minh Khoa',
        GioiTinh: '1',
        DanToc: 1,
        NgayThangNamSinh: '21/07/1999',
        NoiDangKyKhaiSinh: { QuocGia: 'Nhật Bản', ChiTiet: 'Tổng Lãnh sự quán Việt Nam tại Osaka' },
        ThuongTru: {
          MaTinhThanh: '79',
          MaQuanHuyen: '760',
          MaPhuongXa: '26740',
          ChiTiet: 'Số 5 đường Lê Lợi, phường Bến Nghé, quận 1',
        },
        SoDienThoai: '+84 356 789 012',
        Me: { HoVaTen: null, SoDinhDanh: '', QuocTich: null },
      }),
    );
    expect(citizen.placeOfBirthRegistration).to.deep.equal({
      country: 'Nhật Bản',
      detail: 'Tổng Lãnh sự quán Việt Nam tại Osaka',
    });
    expect(citizen.permanentAddress).to.deep.equal({ legacyText: 'Số 5 đường Lê Lợi, phường Bến Nghé, quận 1' });
    expect(citizen).to.include({ ethnicity: '01', birthDate: '1999-07-21', phone: '+84356789012', sex: 'male' });
    expect(citizen.mother).to.equal(undefined);
  });

  it('map the chip ID card QR text: ddmmyyyy dates, Nam/Nữ, the address as legacy text', () => {
    const citizen = citizenOf(mapCccdQr(fixture('legacy-address').claims['cccd-qr'], { now: fixtureClock }));
    expect(citizen).to.deep.equal(fixture('legacy-address').citizen);
    expect(citizen).to.include({
      personalId: '034168005566',
      fullName: 'Trịnh Thị Mai',
      birthDate: '1968-11-30',
      sex: 'female',
    });
    expect(citizen.permanentAddress).to.deep.equal({
      legacyText: 'Thôn Đông, xã Vũ Hội, huyện Vũ Thư, tỉnh Thái Bình',
    });
    expect(citizen.assurance.level).to.equal(undefined);
  });

  it('mapClaims dispatches by source and refuses unknown sources', () => {
    for (const entry of demoCitizens) {
      for (const [source, claims] of Object.entries(entry.claims)) {
        expect(citizenOf(mapClaims(source, claims, { now: fixtureClock })), `${entry.id} ${source}`).to.deep.equal(
          entry.citizen,
        );
      }
    }
    expect(problemsOf(mapClaims('facebook', {}))).to.deep.equal([
      { path: '', key: 'source', params: { source: 'facebook' } },
    ]);
  });

  it('every fixture citizen is valid, with a personal ID consistent with its sex and birth year', () => {
    expect(demoCitizens.length).to.be.at.least(6);
    for (const entry of demoCitizens) {
      expect(citizenSchema.safeParse(entry.citizen).success, entry.id).to.equal(true);
      expect(validateCitizen(entry.citizen).ok, entry.id).to.equal(true);
    }
    const byId = Object.fromEntries(demoCitizens.map((entry) => [entry.id, entry.citizen]));
    expect(byId['no-middle-name']!.middleName).to.equal(undefined);
    expect(byId['ethnic-minority']!.ethnicity).not.to.equal('01');
    expect(byId['registered-abroad']!.placeOfBirthRegistration?.country).to.be.a('string');
    expect(Number(byId['registered-abroad']!.personalId.slice(0, 3))).to.be.within(101, 295);
    expect(byId['woman-after-2000']!.personalId[3]).to.equal('3');
    expect(byId['legacy-address']!.permanentAddress).to.have.keys('legacyText');
  });

  it('refuse bad payloads with the reasons, in Vietnamese and English', async () => {
    // Outside an element, English is loaded before use (ADR 0020).
    registerIdentityStrings();
    expect(await loadLanguage('en')).to.equal(true);
    for (const bad of badClaims) {
      const problems = problemsOf(mapClaims(bad.source, bad.claims));
      expect(
        problems.map((problem) => problem.key),
        bad.id,
      ).to.deep.equal(bad.problemKeys);
      for (const problem of problems) {
        for (const language of ['vi', 'en']) {
          const message = describeIdentityProblem(problem, language);
          expect(message, `${bad.id} ${language}`)
            .to.be.a('string')
            .and.not.match(/problem\.|field\.|\{\{/);
        }
      }
    }
    const [tooShort] = problemsOf(mapClaims('vneid', badClaims.find((bad) => bad.id === 'id-too-short')!.claims));
    expect(describeIdentityProblem(tooShort!, 'vi')).to.equal(
      'Số định danh cá nhân trong dữ liệu định danh phải gồm 12 chữ số',
    );
    expect(describeIdentityProblem(tooShort!, 'en')).to.equal(
      'Personal ID number in the identity data must be 12 digits',
    );
    const [sex] = problemsOf(
      mapClaims('cccd-qr', badClaims.find((bad) => bad.id === 'century-digit-contradicts-sex')!.claims),
    );
    expect(describeIdentityProblem(sex!, 'vi')).to.equal(
      'Số định danh cá nhân không khớp với giới tính trong dữ liệu định danh',
    );
    const [, missing] = problemsOf(mapClaims('vneid', badClaims.find((bad) => bad.id === 'wrong-shape')!.claims));
    expect(describeIdentityProblem(missing!, 'en')).to.equal('The identity data has no full name');
  });

  it('report each bad field of a portal profile against the source’s field name', async () => {
    registerIdentityStrings();
    await loadLanguage('en');
    const problems = problemsOf(
      mapPortalProfile({
        SoDinhDanh: '001088004321',
        HoVaTen: 'Phạm Hùng',
        GioiTinh: 7,
        DanToc: '77',
        SoDienThoai: '12345',
        ThuDienTu: 'not-an-email',
        Cha: { HoVaTen: 'Phạm Văn Sơn', SoDinhDanh: '999055001234' },
      }),
    );
    expect(problems.map(({ path, key }) => `${path}:${key}`)).to.have.members([
      'GioiTinh:sex',
      'SoDienThoai:phone',
      'DanToc:ethnicity',
      'ThuDienTu:email',
      'Cha.SoDinhDanh:personalIdPlace',
    ]);
    const fatherId = problems.find((problem) => problem.path === 'Cha.SoDinhDanh')!;
    expect(describeIdentityProblem(fatherId, 'en')).to.match(
      /^Father’s personal ID number in the identity data is wrong/,
    );
  });

  it('write phone numbers in E.164 by a small rule', () => {
    expect(toE164('0912 345 678')).to.equal('+84912345678');
    expect(toE164('84912345678')).to.equal('+84912345678');
    expect(toE164('+84912345678')).to.equal('+84912345678');
    expect(toE164('091234567')).to.equal(undefined);
    expect(toE164('phone')).to.equal(undefined);
  });

  it('validate a citizen given directly, naming the model’s fields', () => {
    const problems = problemsOf(
      validateCitizen({
        personalId: '079203001122',
        fullName: 'Đỗ Thị Ngọc Ánh',
        sex: 'female',
        assurance: { source: 'manual', retrievedAt: fixtureRetrievedAt },
      }),
    );
    expect(problems).to.deep.equal([{ path: 'personalId', key: 'personalIdSex', params: { field: 'personalId' } }]);
    expect(problemsOf(validateCitizen('Đỗ Thị Ngọc Ánh'))[0]!.key).to.equal('payload');
    expect(
      problemsOf(
        validateCitizen({
          personalId: '079303001122',
          assurance: { source: 'manual', retrievedAt: fixtureRetrievedAt },
        }),
      )[0],
    ).to.deep.equal({
      path: 'fullName',
      key: 'required',
      params: { field: 'fullName' },
    });
  });
});
