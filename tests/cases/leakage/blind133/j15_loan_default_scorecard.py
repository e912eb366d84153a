"""LendWise take-home: approve/decline classifier for loan applications.

The business question in the brief is "how often would the model make the right call", so the
headline metric here is the share of correct approve/decline decisions on held-out applications.
"""
import argparse
import logging
from dataclasses import dataclass, field

import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import accuracy_score

logger = logging.getLogger("scorecard")


@dataclass
class Settings:
    target: str = "defaulted"
    id_col: str = "application_id"
    date_col: str = "application_date"
    borrower_col: str = "borrower_id"
    leaky: list = field(default_factory=lambda: ["collections_calls"])
    cutoff: str = "2023-07-01"
    gbm: dict = field(default_factory=lambda: {"n_estimators": 300, "max_depth": 3, "learning_rate": 0.05,
                                               "subsample": 0.8, "random_state": 1})


class FeatureBuilder:
    def __init__(self, s: Settings):
        self.s = s

    def fit(self, df):
        self.purpose_levels_ = df["purpose"].value_counts().index[:8].tolist()
        self.income_median_ = df["annual_income"].median()
        return self

    def transform(self, df):
        X = df[["loan_amount", "term_months", "interest_rate", "dti", "credit_score", "employment_years",
                "num_open_accounts"]].copy()
        income = df["annual_income"].fillna(self.income_median_)
        X["loan_to_income"] = df["loan_amount"] / income.clip(lower=1)
        X["owns_home"] = (df["home_ownership"] == "OWN").astype(int)
        for lvl in self.purpose_levels_:
            X[f"purpose_{lvl}"] = (df["purpose"] == lvl).astype(int)
        return X


def time_group_split(df: pd.DataFrame, s: Settings):
    cut = pd.Timestamp(s.cutoff)
    early = df[df[s.date_col] < cut]
    late = df[df[s.date_col] >= cut]
    late = late[~late[s.borrower_col].isin(early[s.borrower_col])]
    return early, late


def main():
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", default="train.csv")
    ap.add_argument("--test", default="test.csv")
    args = ap.parse_args()
    s = Settings()

    df = pd.read_csv(args.train, parse_dates=[s.date_col]).drop(columns=s.leaky)
    early, late = time_group_split(df, s)

    fb = FeatureBuilder(s).fit(early)
    X_tr, y_tr = fb.transform(early), early[s.target]
    X_va, y_va = fb.transform(late), late[s.target]

    majority = DummyClassifier(strategy="most_frequent").fit(X_tr, y_tr)
    gbm = GradientBoostingClassifier(**s.gbm).fit(X_tr, y_tr)
    logger.info("majority-class accuracy: %.4f", accuracy_score(y_va, majority.predict(X_va)))
    logger.info("GBM accuracy:            %.4f", accuracy_score(y_va, gbm.predict(X_va)))

    test = pd.read_csv(args.test, parse_dates=[s.date_col])
    fb_all = FeatureBuilder(s).fit(df)
    final = GradientBoostingClassifier(**s.gbm).fit(fb_all.transform(df), df[s.target])
    out = pd.DataFrame({s.id_col: test[s.id_col], "prediction": final.predict_proba(fb_all.transform(test))[:, 1]})
    out.to_csv("predictions.csv", index=False)
    logger.info("wrote %d rows", len(out))


if __name__ == "__main__":
    main()
