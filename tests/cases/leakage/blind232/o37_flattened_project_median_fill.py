# -----------------------------------------------------------------------------
# churn_model/  — flattened into one file for the take-home upload
#   utils/io.py, preprocessing/clean.py, models/xgb.py, main.py
# -----------------------------------------------------------------------------
import os
import sys
import logging
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from xgboost import XGBClassifier

logger = logging.getLogger(__name__)
logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="[%(levelname)s] %(message)s")


# ---------------------------------------------------------------- utils/io.py
@dataclass
class Paths:
    root: str = "."
    train: str = "train.csv"
    test: str = "test.csv"
    out: str = "predictions.csv"

    def p(self, name):
        return os.path.join(self.root, getattr(self, name))


def read_data(paths: Paths):
    tr = pd.read_csv(paths.p("train"))
    te = pd.read_csv(paths.p("test"))
    logger.info("train=%s test=%s", tr.shape, te.shape)
    return tr, te


# ---------------------------------------------------------------- preprocessing/clean.py
NUMERIC = ["monthly_charges", "tenure_months", "usage_hours", "support_tickets", "payment_failures"]
EXCLUDE = ["snapshot_id", "customer_id", "snapshot_month",
           "retention_offer_accepted", "account_closed_date_known"]


class Cleaner:
    """Imputes numeric gaps with column medians, clips outliers, encodes plan."""

    def __init__(self, clip_q=0.995):
        self.clip_q = clip_q

    def run(self, df: pd.DataFrame) -> pd.DataFrame:
        df = df.copy()
        df[NUMERIC] = df[NUMERIC].fillna(df[NUMERIC].median())
        for c in NUMERIC:
            df[c] = df[c].clip(upper=df[c].quantile(self.clip_q))
        df = pd.get_dummies(df, columns=["plan"], prefix="plan", dtype=int)
        df["month"] = pd.to_datetime(df["snapshot_month"]).dt.month
        return df.drop(columns=[c for c in EXCLUDE if c in df.columns])


# ---------------------------------------------------------------- models/xgb.py
@dataclass
class XGBConfig:
    params: dict = field(default_factory=lambda: dict(
        n_estimators=400, max_depth=4, learning_rate=0.05, subsample=0.8,
        colsample_bytree=0.8, min_child_weight=3, eval_metric="logloss", random_state=21,
    ))


def build_model(cfg: XGBConfig) -> XGBClassifier:
    return XGBClassifier(**cfg.params)


# ---------------------------------------------------------------- main.py
def main():
    paths = Paths()
    train, test = read_data(paths)

    cleaner = Cleaner()
    train_c = cleaner.run(train)
    test_c = cleaner.run(test)

    y = train_c.pop("churned_next_month")
    X = train_c
    test_c = test_c.reindex(columns=X.columns, fill_value=0)
    logger.info("features: %s", list(X.columns))

    X_train, X_valid, y_train, y_valid = train_test_split(X, y, test_size=0.2, random_state=21)
    logger.info("train=%d valid=%d", len(X_train), len(X_valid))

    model = build_model(XGBConfig())
    model.fit(X_train, y_train)

    train_acc = model.score(X_train, y_train)
    valid_acc = model.score(X_valid, y_valid)
    logger.info("train accuracy: %.4f", train_acc)
    logger.info("valid accuracy: %.4f", valid_acc)
    if train_acc - valid_acc > 0.05:
        logger.warning("model may be overfitting")

    importances = pd.Series(model.feature_importances_, index=X.columns).sort_values(ascending=False)
    logger.info("top features:\n%s", importances.head(8).to_string())

    model.fit(X, y)
    pd.DataFrame({"snapshot_id": test["snapshot_id"],
                  "churn_probability": model.predict_proba(test_c)[:, 1]}).to_csv(paths.p("out"), index=False)
    logger.info("saved %s", paths.p("out"))
    return valid_acc


if __name__ == "__main__":
    main()
