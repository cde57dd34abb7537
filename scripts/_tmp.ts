import { sameToken, sameEntity, nameTokens } from '../src/core/names/similarity';
console.log(sameToken('Zhukov','Joukov'), sameEntity('Zhukov','Joukov'), nameTokens('Joukov'));
