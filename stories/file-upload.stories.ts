import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { DvcFileUpload } from '@dvc/components';
import { longVietnameseText, showErrorsAfterRender } from './support.js';

type Args = Pick<
  DvcFileUpload,
  | 'label'
  | 'hint'
  | 'error'
  | 'required'
  | 'readonly'
  | 'disabled'
  | 'accept'
  | 'maxSize'
  | 'multiple'
  | 'maxFiles'
  | 'files'
>;

/** A synthetic file of `size` bytes, so stories show sizes without real documents. */
function sampleFile(name: string, type: string, size: number): File {
  return new File([new Uint8Array(size)], name, { type });
}

const megabyte = 1024 * 1024;

const meta: Meta<Args> = {
  title: 'Controls/File upload',
  component: 'dvc-file-upload',
  args: {
    label: 'Bản chụp giấy khai sinh',
    hint: '',
    error: '',
    required: false,
    readonly: false,
    disabled: false,
    accept: '',
    maxSize: undefined,
    multiple: false,
    maxFiles: undefined,
    files: [],
  },
  argTypes: { files: { control: false } },
  render: (args) =>
    html`<dvc-file-upload
      name="giayKhaiSinh"
      label=${args.label}
      hint=${args.hint}
      error=${args.error}
      accept=${args.accept}
      max-size=${ifDefined(args.maxSize)}
      max-files=${ifDefined(args.maxFiles)}
      .files=${args.files}
      ?multiple=${args.multiple}
      ?required=${args.required}
      ?readonly=${args.readonly}
      ?disabled=${args.disabled}
    ></dvc-file-upload>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
export const WithHint: Story = { args: { hint: 'Chụp rõ toàn bộ trang, không bị lóa hoặc mất góc' } };
export const WithError: Story = { args: { error: 'Chọn tệp bản chụp giấy khai sinh' } };
export const Required: Story = { args: { required: true }, play: showErrorsAfterRender };
/** The accepted formats and maximum size are stated under the label and read with the control. */
export const WithAcceptedFormats: Story = {
  args: { accept: 'application/pdf,.jpg,image/png', maxSize: 5 * megabyte, hint: 'Bản chụp hoặc bản quét rõ nét' },
};
/** Several files: each is listed with its size and a remove button; later choices add to the list. */
export const Multiple: Story = {
  args: {
    label: 'Giấy tờ kèm theo',
    multiple: true,
    maxFiles: 5,
    accept: 'application/pdf,.jpg,image/png',
    maxSize: 5 * megabyte,
    files: [
      sampleFile('don-de-nghi.pdf', 'application/pdf', 420 * 1024),
      sampleFile('cccd-mat-truoc.jpg', 'image/jpeg', 1.2 * megabyte),
    ],
  },
};
/** Wrong files stay listed with their message, so the citizen sees what to change. */
export const WithWrongFiles: Story = {
  args: {
    label: 'Giấy tờ kèm theo',
    multiple: true,
    accept: 'application/pdf,.jpg,image/png',
    maxSize: 5 * megabyte,
    files: [
      sampleFile('don-de-nghi.pdf', 'application/pdf', 420 * 1024),
      sampleFile('to-khai.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 80 * 1024),
      sampleFile('anh-chup-so-ho-khau.png', 'image/png', 7.5 * megabyte),
    ],
  },
  play: showErrorsAfterRender,
};
export const Readonly: Story = {
  args: { readonly: true, files: [sampleFile('giay-khai-sinh-da-xac-thuc.pdf', 'application/pdf', 310 * 1024)] },
};
export const Disabled: Story = {
  args: { disabled: true, files: [sampleFile('giay-khai-sinh.pdf', 'application/pdf', 310 * 1024)] },
};
export const LongVietnameseText: Story = {
  args: {
    label: longVietnameseText.label,
    hint: longVietnameseText.hint,
    required: true,
    multiple: true,
    accept: 'application/pdf,image/*',
    maxSize: 10 * megabyte,
    files: [
      sampleFile(
        'ban-sao-trich-luc-khai-sinh-cua-nguoi-duoc-dang-ky-thuong-tru-co-chung-thuc.pdf',
        'application/pdf',
        2.4 * megabyte,
      ),
    ],
  },
};
