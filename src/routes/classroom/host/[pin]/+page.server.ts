import { error } from '@sveltejs/kit';
import { generate } from 'lean-qr';
import { toSvgDataURL } from 'lean-qr/extras/svg';
import { env } from '$env/dynamic/private';
import { PinSchema } from '$lib/server/classroom/http';
import { classroomAddress } from '$lib/server/classroom/network';
import type { PageServerLoad } from './$types';

// Rendered by the running server (never prerendered): the address students can reach depends on
// the network this server is on. The game itself comes through the event stream.
export const prerender = false;

export const load: PageServerLoad = ({ params, url }) => {
	if (!PinSchema.safeParse(params.pin).success) error(404, 'A game PIN is six digits.');
	const address = classroomAddress(url, env.HOST);
	const joinUrl = `${address.origins[0]}/play/${params.pin}`;
	return {
		pin: params.pin,
		joinUrl,
		joinPage: `${address.origins[0]}/play`,
		otherOrigins: address.origins.slice(1),
		loopbackOnly: address.loopbackOnly,
		qr: toSvgDataURL(generate(joinUrl), { on: 'black', off: 'white', padX: 4, padY: 4 })
	};
};
