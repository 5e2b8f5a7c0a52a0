import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import TextField from '../src/components/TextField.vue';

describe('Component: TextField', () => {
  it('labels its input with exactly the given words', () => {
    // Act
    const wrapper = mount(TextField, {
      props: { id: 'f-name', label: '姓名', modelValue: '', required: true },
    });

    // Assess
    const label = wrapper.get('label');
    expect(label.attributes('for')).toBe('f-name');
    expect(label.text()).toBe('姓名');
    expect(wrapper.get('input').attributes('aria-invalid')).toBeUndefined();
  });

  it('marks the input invalid and points it at the error beside it', () => {
    // Act
    const wrapper = mount(TextField, {
      props: { id: 'f-idNumber', label: '证件号码', modelValue: 'x', error: '校验位不正确' },
    });

    // Assess
    const input = wrapper.get('input');
    expect(input.attributes('aria-invalid')).toBe('true');
    expect(input.attributes('aria-describedby')).toBe('f-idNumber-error');
    expect(wrapper.get('#f-idNumber-error').text()).toContain('校验位不正确');
  });

  it('emits blur when the applicant leaves the field', async () => {
    // Prepare
    const wrapper = mount(TextField, {
      props: { id: 'f-phone', label: '联系电话', modelValue: '' },
    });

    // Act
    await wrapper.get('input').trigger('blur');

    // Assess
    expect(wrapper.emitted('blur')).toHaveLength(1);
  });
});
