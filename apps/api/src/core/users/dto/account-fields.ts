import { applyDecorators } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { MIN_PASSWORD_LENGTH } from '../../auth/password.js';

/** The sign-in email of a new account: one rule for staff accounts and enterprise self-registration. */
export const AccountEmailField = () => applyDecorators(Field(), IsEmail(), MaxLength(254));

/** The password of a new account (stored as an argon2id hash, never returned). */
export const NewPasswordField = () =>
  applyDecorators(Field(), IsString(), MinLength(MIN_PASSWORD_LENGTH), MaxLength(200));
