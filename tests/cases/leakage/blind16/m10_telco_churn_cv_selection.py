"""Telco churn: choose the model with cross-validation on the training split,
then report the chosen one on the test split once.
"""
import numpy as np
import pandas as pd

from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import GradientBoostingClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, classification_report
from sklearn.model_selection import StratifiedKFold, cross_val_score, train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

SEED = 101


def load(path='WA_Fn-UseC_-Telco-Customer-Churn.csv'):
    df = pd.read_csv(path)
    df['TotalCharges'] = pd.to_numeric(df['TotalCharges'], errors='coerce')
    df = df.dropna(subset=['TotalCharges']).drop(columns='customerID')
    df['Churn'] = (df['Churn'] == 'Yes').astype(int)
    return df


def build_preprocessor(X):
    num = ['tenure', 'MonthlyCharges', 'TotalCharges']
    cat = [c for c in X.columns if c not in num]
    return ColumnTransformer([
        ('num', StandardScaler(), num),
        ('cat', OneHotEncoder(handle_unknown='ignore'), cat),
    ])


def main():
    df = load()
    X, y = df.drop(columns='Churn'), df['Churn']
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=SEED, stratify=y)

    candidates = {
        'dummy_prior': DummyClassifier(strategy='prior'),
        'logreg': LogisticRegression(max_iter=2000, C=0.3),
        'rf': RandomForestClassifier(n_estimators=400, min_samples_leaf=5, random_state=SEED),
        'gbm': GradientBoostingClassifier(random_state=SEED),
    }
    cv = StratifiedKFold(5, shuffle=True, random_state=SEED)
    cv_auc = {}
    for name, est in candidates.items():
        pipe = make_pipeline(build_preprocessor(X_train), est)
        scores = cross_val_score(pipe, X_train, y_train, cv=cv, scoring='roc_auc')
        cv_auc[name] = scores.mean()
        print(f'{name:12s} CV AUC {scores.mean():.4f} (+/- {scores.std():.4f})')

    best = max((n for n in cv_auc if n != 'dummy_prior'), key=cv_auc.get)
    print('selected on CV:', best)

    final = make_pipeline(build_preprocessor(X_train), candidates[best]).fit(X_train, y_train)
    proba = final.predict_proba(X_test)[:, 1]
    print(f'test ROC AUC ({best}): {roc_auc_score(y_test, proba):.4f}')
    print(classification_report(y_test, (proba > 0.5).astype(int)))


if __name__ == '__main__':
    main()
