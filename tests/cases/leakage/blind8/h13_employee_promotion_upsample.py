#!/usr/bin/env python
# coding: utf-8
# Employee promotion prediction (HR analytics hackathon data)
# only ~8.5% of employees get promoted -> upsample the minority class

import pandas as pd
import numpy as np
from sklearn.utils import resample
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import MinMaxScaler
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from lightgbm import LGBMClassifier
from sklearn.metrics import f1_score, accuracy_score, classification_report

df = pd.read_csv('train.csv')
print(df.shape)
print(df.head())
print(df.is_promoted.value_counts())
print(df.isnull().sum())

# missing values: constants with a meaning
df['education'] = df['education'].fillna('Unknown')
df['previous_year_rating'] = df['previous_year_rating'].fillna(0)   # new joiners have no rating yet

# features
df['total_score'] = df['no_of_trainings'] * df['avg_training_score']
df['kpi_award'] = df['KPIs_met >80%'] + df['awards_won?']
df['join_age'] = df['age'] - df['length_of_service']
df['gender'] = df['gender'].map({'m': 1, 'f': 0})
df = pd.get_dummies(df, columns=['department', 'region', 'education', 'recruitment_channel'])
df = df.drop('employee_id', axis=1)

# ---- balance the classes ----
majority = df[df.is_promoted == 0]
minority = df[df.is_promoted == 1]
minority_up = resample(minority, replace=True, n_samples=len(majority), random_state=123)
df_balanced = pd.concat([majority, minority_up])
print(df_balanced.is_promoted.value_counts())

X = df_balanced.drop('is_promoted', axis=1)
y = df_balanced['is_promoted']

x_train, x_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=123)

mm = MinMaxScaler()
x_train = mm.fit_transform(x_train)
x_test = mm.transform(x_test)

lr = LogisticRegression(max_iter=1000)
lr.fit(x_train, y_train)
pred = lr.predict(x_test)
print('LogReg  acc', accuracy_score(y_test, pred), 'f1', f1_score(y_test, pred))

rf = RandomForestClassifier(n_estimators=200, random_state=123)
rf.fit(x_train, y_train)
pred = rf.predict(x_test)
print('RF      acc', accuracy_score(y_test, pred), 'f1', f1_score(y_test, pred))

lgbm = LGBMClassifier(n_estimators=500, learning_rate=0.05, random_state=123)
lgbm.fit(x_train, y_train)
pred = lgbm.predict(x_test)
print('LGBM    acc', accuracy_score(y_test, pred), 'f1', f1_score(y_test, pred))
print(classification_report(y_test, pred))

# RF gets ~0.97 F1 -> best model
