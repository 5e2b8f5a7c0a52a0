import { emptyForm, type FormState } from '../../src/form/model.js';

/** A person's request filled in as the form would be, valid as a whole. */
export function filledForm(): FormState {
  return {
    ...emptyForm(),
    name: '张三',
    idNumber: '11010519491231002X',
    phone: '13800138000',
    email: 'zhangsan@example.cn',
    address: '北京市朝阳区某某路1号',
    postcode: '100020',
    description: '2025年本区老旧小区改造项目的立项批复文件',
  };
}
