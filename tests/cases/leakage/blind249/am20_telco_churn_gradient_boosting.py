#!/usr/bin/env python
"""Telco customer churn - gradient boosting tuned with grid search,
compared with a majority-class dummy on the same test split.

usage: python churn_gbm.py  (expects WA_Fn-UseC_-Telco-Customer-Churn.csv next to it)
"""
import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split, GridSearchCV, StratifiedKFold
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder
from sklearn.impute import SimpleImputer
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, classification_report, f1_score

RANDOM_STATE = 2024


def load(path='WA_Fn-UseC_-Telco-Customer-Churn.csv'):
    df = pd.read_csv(path)
    # TotalCharges is a string with blanks for brand new customers
    df['TotalCharges'] = pd.to_numeric(df['TotalCharges'], errors='coerce')
    df['Churn'] = (df['Churn'] == 'Yes').astype(int)
    df['SeniorCitizen'] = df['SeniorCitizen'].map({0: 'No', 1: 'Yes'})
    return df.drop(columns=['customerID'])


def main():
    df = load()
    print(df.shape)
    print('churn rate:', round(df['Churn'].mean(), 3))
    print(df.groupby('Contract')['Churn'].mean().sort_values())
    print(df.groupby('InternetService')['Churn'].mean().sort_values())

    y = df.pop('Churn')
    num_cols = ['tenure', 'MonthlyCharges', 'TotalCharges']
    cat_cols = [c for c in df.columns if c not in num_cols]

    X_train, X_test, y_train, y_test = train_test_split(
        df, y, test_size=0.2, stratify=y, random_state=RANDOM_STATE)

    pre = ColumnTransformer([
        ('num', SimpleImputer(strategy='constant', fill_value=0), num_cols),
        ('cat', OneHotEncoder(handle_unknown='ignore'), cat_cols),
    ])
    pipe = Pipeline([('pre', pre), ('gbm', GradientBoostingClassifier(random_state=RANDOM_STATE))])

    grid = {
        'gbm__n_estimators': [100, 300],
        'gbm__learning_rate': [0.03, 0.1],
        'gbm__max_depth': [2, 3],
        'gbm__subsample': [0.8, 1.0],
    }
    search = GridSearchCV(pipe, grid, scoring='roc_auc', n_jobs=-1,
                          cv=StratifiedKFold(5, shuffle=True, random_state=RANDOM_STATE))
    search.fit(X_train, y_train)
    print('best params:', search.best_params_)
    print('cv roc auc: %.4f' % search.best_score_)

    # reference point: always predict "no churn" (prior probability as score)
    dummy = DummyClassifier(strategy='prior').fit(X_train, y_train)
    d_proba = dummy.predict_proba(X_test)[:, 1]
    d_pred = dummy.predict(X_test)
    print('dummy roc auc: %.4f  f1: %.4f' % (roc_auc_score(y_test, d_proba), f1_score(y_test, d_pred)))

    proba = search.predict_proba(X_test)[:, 1]
    pred = (proba >= 0.5).astype(int)
    print('test roc auc: %.4f' % roc_auc_score(y_test, proba))
    print('test f1:      %.4f' % f1_score(y_test, pred))
    print(classification_report(y_test, pred, digits=3))

    gbm = search.best_estimator_.named_steps['gbm']
    names = search.best_estimator_.named_steps['pre'].get_feature_names_out()
    top = pd.Series(gbm.feature_importances_, index=names).sort_values(ascending=False).head(10)
    print(top)


if __name__ == '__main__':
    main()
