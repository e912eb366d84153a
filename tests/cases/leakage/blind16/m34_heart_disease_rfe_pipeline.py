"""Heart disease: RFE as a pipeline step so that it is refitted inside every fold."""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import RFE
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import RepeatedStratifiedKFold, cross_val_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler


def load():
    df = pd.read_csv('heart.csv')
    df = pd.get_dummies(df, columns=['cp', 'thal', 'slope'], drop_first=True)
    return df.drop(columns='target'), df['target']


def evaluate(name, estimator, X, y, cv):
    acc = cross_val_score(estimator, X, y, cv=cv, scoring='accuracy')
    auc = cross_val_score(estimator, X, y, cv=cv, scoring='roc_auc')
    print(f'{name:22s} acc {acc.mean():.3f} +/- {acc.std():.3f}   auc {auc.mean():.3f}')


if __name__ == '__main__':
    X, y = load()
    print(X.shape)
    print(y.value_counts())
    print(X.describe().T[['mean', 'std']].round(2))
    assert not X.isnull().any().any()
    cv = RepeatedStratifiedKFold(n_splits=5, n_repeats=5, random_state=0)

    evaluate('majority baseline', DummyClassifier(strategy='most_frequent'), X, y, cv)
    for k in (4, 8, 12):
        pipe = Pipeline([
            ('scale', StandardScaler()),
            ('rfe', RFE(LogisticRegression(max_iter=5000), n_features_to_select=k)),
            ('clf', LogisticRegression(max_iter=1000)),
        ])
        evaluate(f'scale+RFE({k})+logreg', pipe, X, y, cv)

    # which features does RFE keep when fitted on everything? (for the write-up only, not evaluated)
    pipe.set_params(rfe__n_features_to_select=8).fit(X, y)
    print('kept:', list(X.columns[pipe.named_steps['rfe'].support_]))
