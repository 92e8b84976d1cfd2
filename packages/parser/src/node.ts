export { ReplyDecoderTransform } from './node-stream.js';
