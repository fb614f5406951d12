import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { DvcSummaryList, SummaryListRow } from '@dvc/components';
import { longVietnameseText } from './support.js';

type Args = Pick<DvcSummaryList, 'rows' | 'noBorder'>;

const answers: SummaryListRow[] = [
  {
    key: 'Họ, chữ đệm và tên',
    value: 'Trần Thị Bích Ngọc',
    actions: [{ href: '#ho-ten', visuallyHiddenText: 'họ, chữ đệm và tên' }],
  },
  { key: 'Ngày sinh', value: '05/09/1994', actions: [{ href: '#ngay-sinh', visuallyHiddenText: 'ngày sinh' }] },
  {
    key: 'Nơi thường trú',
    value: ['Số 12, ngõ 34 phố Hàng Bạc', 'Phường Hoàn Kiếm', 'Thành phố Hà Nội'],
    actions: [{ href: '#noi-thuong-tru', visuallyHiddenText: 'nơi thường trú' }],
  },
  {
    key: 'Số điện thoại',
    value: '0912 345 678',
    actions: [{ href: '#so-dien-thoai', visuallyHiddenText: 'số điện thoại' }],
  },
  { key: 'Email', value: '', actions: [{ href: '#email', visuallyHiddenText: 'email' }] },
];

/** Check your answers: rows in the order asked, each with a "Thay đổi" link naming its item for screen readers. */
const meta: Meta<Args> = {
  title: 'Components/Summary list',
  component: 'dvc-summary-list',
  args: { rows: answers, noBorder: false },
  render: (args) =>
    html`<h1>Kiểm tra thông tin trước khi gửi</h1>
      <dvc-summary-list
        .rows=${args.rows}
        ?no-border=${args.noBorder}
        @dvc-summary-action=${(event: Event) => event.preventDefault()}
      ></dvc-summary-list>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
/** Record details that cannot be changed here, e.g. verified identity data. */
export const WithoutActions: Story = {
  args: { rows: answers.map(({ key, value }) => ({ key, value: key === 'Email' ? 'ngoc.tran@example.com' : value })) },
};
export const NoBorder: Story = { args: { noBorder: true } };
export const MixedActions: Story = {
  args: {
    rows: [
      { key: 'Số định danh cá nhân', value: '001194012345' },
      {
        key: 'Giấy tờ đính kèm',
        value: ['giay-khai-sinh.pdf', 'so-ho-khau.jpg'],
        actions: [
          { href: '#giay-to', visuallyHiddenText: 'giấy tờ đính kèm' },
          { href: '#xoa', text: 'Xoá', visuallyHiddenText: 'tất cả giấy tờ đính kèm' },
        ],
      },
      { key: 'Lệ phí', value: 'Miễn lệ phí', actions: [{ href: '#le-phi', visuallyHiddenText: 'lệ phí' }] },
    ],
  },
};
export const LongVietnameseText: Story = {
  args: {
    rows: [
      {
        key: longVietnameseText.label,
        value: longVietnameseText.hint,
        actions: [{ href: '#noi-dang-ky', visuallyHiddenText: 'nơi đăng ký khai sinh' }],
      },
      {
        key: 'Quan hệ với chủ hộ',
        value: longVietnameseText.option,
        actions: [{ href: '#quan-he', visuallyHiddenText: 'quan hệ với chủ hộ' }],
      },
    ],
  },
};
