"""PeopleFirst attrition - sparse, explainable logistic regression.

HR asked for a model they can read, so the feature set is reduced with recursive feature elimination to
15 drivers before fitting the final logistic regression.
"""
import argparse
import logging

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.feature_selection import RFE
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

SETTINGS = {
    "target": "left_company",
    "id": "employee_id",
    "leaky": ["exit_interview_score"],
    "cats": ["department", "job_role", "overtime", "business_travel", "marital_status"],
    "n_features": 15,
    "seed": 0,
}
logger = logging.getLogger("attrition.rfe")


def design_matrix(df: pd.DataFrame) -> pd.DataFrame:
    X = df.drop(columns=[SETTINGS["target"], SETTINGS["id"]] + SETTINGS["leaky"], errors="ignore").copy()
    X["log_income"] = np.log(X["monthly_income"])
    X["years_since_promo_ratio"] = X["last_promotion_years"] / (X["years_at_company"] + 1)
    return pd.get_dummies(X, columns=SETTINGS["cats"], drop_first=True, dtype=float)


class FeatureSelector:
    def __init__(self, n_features: int):
        self.n_features = n_features

    def fit(self, X: pd.DataFrame, y: pd.Series):
        ranker = RandomForestClassifier(n_estimators=300, min_samples_leaf=3, random_state=SETTINGS["seed"], n_jobs=-1)
        rfe = RFE(ranker, n_features_to_select=self.n_features, step=2)
        rfe.fit(X, y)
        self.columns_ = X.columns[rfe.support_].tolist()
        logger.info("selected drivers: %s", ", ".join(self.columns_))
        return self

    def transform(self, X: pd.DataFrame) -> pd.DataFrame:
        return X[self.columns_]


def evaluate(X, y):
    cv = StratifiedKFold(5, shuffle=True, random_state=SETTINGS["seed"])
    for name, est in [("prior", DummyClassifier(strategy="prior")),
                      ("logreg", make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000, C=0.5,
                                                                                    class_weight="balanced")))]:
        res = cross_validate(est, X, y, cv=cv, scoring=["roc_auc", "average_precision"])
        logger.info("%-7s AUC %.3f  AP %.3f", name, res["test_roc_auc"].mean(), res["test_average_precision"].mean())


def main():
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    ap = argparse.ArgumentParser()
    ap.add_argument("--n-features", type=int, default=SETTINGS["n_features"])
    args = ap.parse_args()

    hr = pd.read_csv("train.csv")
    X_full, y = design_matrix(hr), hr[SETTINGS["target"]]
    selector = FeatureSelector(args.n_features).fit(X_full, y)
    X = selector.transform(X_full)
    evaluate(X, y)

    model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000, C=0.5, class_weight="balanced"))
    model.fit(X, y)
    coef = pd.Series(model[-1].coef_[0], index=X.columns).sort_values()
    logger.info("coefficients:\n%s", coef.round(3).to_string())

    sub = pd.read_csv("test.csv")
    X_sub = selector.transform(design_matrix(sub).reindex(columns=X_full.columns, fill_value=0))
    pd.DataFrame({SETTINGS["id"]: sub[SETTINGS["id"]], "prediction": model.predict_proba(X_sub)[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
