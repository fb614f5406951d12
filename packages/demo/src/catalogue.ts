/**
 * The 25 full-process services of Kế hoạch 02-KH/BCĐTW, grouped and ordered as in the plan
 * (vn-domain.md §1.1): Ministry of Public Security, commune level, other sectors. Procedures the
 * server offers beyond these are listed last, under "other procedures".
 */
import { matchesQuery } from '@dvc/address';

export const planGroups = [
  {
    key: 'mps',
    ids: [
      'xac-nhan-so-chung-minh-nhan-dan',
      'cap-doi-cap-lai-the-can-cuoc',
      'dang-ky-thuong-tru',
      'dang-ky-tam-tru',
      'khai-bao-tam-vang',
      'thong-bao-luu-tru',
      'dang-ky-bien-so-mo-to',
      'nop-phat-vi-pham-giao-thong-qua-camera',
      'cap-ho-chieu-pho-thong',
      'lam-con-dau-moi-dang-ky-mau-dau',
      'lam-con-dau-thu-nho-dau-noi-dau-xi',
      'cap-doi-cap-lai-giay-phep-lai-xe',
      'cap-phieu-ly-lich-tu-phap',
    ],
  },
  {
    key: 'commune',
    ids: [
      'dang-ky-khai-sinh',
      'dang-ky-khai-tu',
      'dang-ky-ket-hon',
      'lien-thong-khai-sinh-thuong-tru-bhyt',
      'lien-thong-khai-tu-xoa-thuong-tru-mai-tang',
      'dang-ky-bien-dong-dat-thay-doi-thong-tin',
    ],
  },
  {
    key: 'other',
    ids: [
      'gia-han-the-bhyt-ho-gia-dinh',
      'dang-ky-thue-ca-nhan',
      'cap-dien-moi-tu-luoi-ha-ap',
      'thay-doi-chu-the-hop-dong-mua-ban-dien',
      'dang-ky-du-thi-tot-nghiep-thpt',
      'huong-tro-cap-that-nghiep',
    ],
  },
] as const;

export type GroupKey = (typeof planGroups)[number]['key'] | 'extra';

/** `items` in the plan's groups and order; empty groups are left out. */
export function groupByPlan<TItem extends { readonly id: string }>(
  items: readonly TItem[],
): { key: GroupKey; items: TItem[] }[] {
  const planned = new Set<string>(planGroups.flatMap((group) => group.ids));
  const groups: { key: GroupKey; items: TItem[] }[] = planGroups.map((group) => ({
    key: group.key,
    items: group.ids.flatMap((id) => items.filter((item) => item.id === id)),
  }));
  groups.push({ key: 'extra', items: items.filter((item) => !planned.has(item.id)) });
  return groups.filter((group) => group.items.length > 0);
}

/** Whether any of `texts` contains the query, ignoring diacritics, case and spacing ("dang ky khai sinh" finds "Đăng ký khai sinh"). */
export function matchesSearch(texts: readonly string[], query: string): boolean {
  return texts.some((text) => matchesQuery(text, query));
}
