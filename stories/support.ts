/** Shared story helpers. */

/** Long Vietnamese label and hint with stacked diacritics, to check wrapping and line height. */
export const longVietnameseText = {
  label: 'Nơi đăng ký khai sinh của người được đăng ký thường trú (ghi đầy đủ xã, phường, đặc khu và tỉnh, thành phố)',
  hint: 'Ghi theo giấy khai sinh hoặc trích lục khai sinh; nếu đăng ký khai sinh ở nước ngoài, ghi tên cơ quan đại diện của Việt Nam ở nước ngoài đã đăng ký.',
  option: 'Người được ủy quyền hợp pháp theo quy định của pháp luật về ủy quyền, có giấy ủy quyền được chứng thực',
};

/** A `play` function that makes every control in the story show its computed error, as after submit. */
export async function showErrorsAfterRender({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  for (const control of canvasElement.querySelectorAll<
    HTMLElement & { showValidation?: () => void; updateComplete?: Promise<unknown> }
  >('*')) {
    if (typeof control.showValidation === 'function') {
      control.showValidation();
      await control.updateComplete;
    }
  }
}
