# Churn prediction - my submission
# Author: candidate
# Notes: days_since_last_login has gaps for some months, I fill them per customer.

import argparse
import logging
from dataclasses import dataclass

import pandas as pd
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
from sklearn.metrics import roc_auc_score, classification_report

logging.basicConfig(level=logging.INFO)


@dataclass
class Params:
    C: float = 1.0
    cutoff: str = "2024-07-01"


FEATURES = ["tenure_months", "monthly_spend", "logins_30d", "support_tickets_30d", "days_since_last_login"]


class Featurizer:
    def __init__(self):
        self.scaler = StandardScaler()

    def clean(self, df):
        df = df.sort_values(["customer_id", "snapshot_month"]).copy()
        # fill gaps inside each customer's history
        df["days_since_last_login"] = df.groupby("customer_id")["days_since_last_login"].bfill()
        df["logins_30d"] = df["logins_30d"].fillna(0)
        df["days_since_last_login"] = df["days_since_last_login"].fillna(90)
        return df

    def fit(self, df):
        self.scaler.fit(df[FEATURES])
        return self

    def transform(self, df):
        return self.scaler.transform(df[FEATURES])


class Trainer:
    def __init__(self, p: Params):
        self.clf = LogisticRegression(C=p.C, max_iter=500)

    def fit(self, X, y):
        self.clf.fit(X, y)
        return self

    def evaluate(self, X, y):
        proba = self.clf.predict_proba(X)[:, 1]
        print("ROC AUC:", round(roc_auc_score(y, proba), 4))
        print(classification_report(y, (proba > 0.15).astype(int), digits=3))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--C", type=float, default=1.0)
    p = Params(C=ap.parse_args().C)

    fz = Featurizer()
    df = fz.clean(pd.read_csv("train.csv"))
    test = fz.clean(pd.read_csv("test.csv"))

    dates = pd.to_datetime(df["snapshot_month"])
    train = df[dates < p.cutoff]
    valid = df[dates >= p.cutoff]
    valid = valid[~valid.customer_id.isin(train.customer_id)]
    logging.info("train %s valid %s", train.shape, valid.shape)

    fz.fit(train)
    model = Trainer(p).fit(fz.transform(train), train["churned_next_month"])
    model.evaluate(fz.transform(valid), valid["churned_next_month"])

    fz.fit(df)
    model = Trainer(p).fit(fz.transform(df), df["churned_next_month"])
    test["prediction"] = model.clf.predict_proba(fz.transform(test))[:, 1]
    test[["snapshot_id", "prediction"]].to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
