"""StayWell cancellation model with a compact feature set.

The one-hot encoded frame has ~250 columns, most of them near-empty country/agent dummies, so I keep the
40 most informative ones before modelling.
"""
import argparse
import logging

import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

CONFIG = dict(
    target="is_canceled",
    id_col="booking_id",
    outcome_cols=["reservation_status", "reservation_status_date"],
    categorical=["hotel", "meal", "country", "market_segment", "distribution_channel", "deposit_type",
                 "customer_type", "agent"],
    k_best=40,
    seed=21,
)
logger = logging.getLogger("staywell.select")


def load_frames(train_path, test_path):
    train = pd.read_csv(train_path).drop(columns=CONFIG["outcome_cols"])
    test = pd.read_csv(test_path)
    return train, test


def encode(df: pd.DataFrame) -> pd.DataFrame:
    X = df.drop(columns=[CONFIG["target"], CONFIG["id_col"]], errors="ignore").copy()
    X["agent"] = X["agent"].fillna(0).astype(int).astype(str)
    X["children"] = X["children"].fillna(0)
    X["lead_time_sqrt"] = (X["lead_time"] + 1) ** 0.5
    return pd.get_dummies(X, columns=CONFIG["categorical"], dtype=int)


def select_features(X: pd.DataFrame, y: pd.Series, k: int):
    selector = SelectKBest(score_func=lambda a, b: mutual_info_classif(a, b, random_state=CONFIG["seed"]), k=k)
    selector.fit(X, y)
    kept = X.columns[selector.get_support()].tolist()
    logger.info("kept %d/%d columns, e.g. %s", len(kept), X.shape[1], kept[:8])
    return kept


def fit_and_score(X_tr, y_tr, X_va, y_va):
    estimators = {
        "prior": DummyClassifier(strategy="prior"),
        "logreg": make_pipeline(StandardScaler(), LogisticRegression(max_iter=3000, C=1.0)),
    }
    for name, est in estimators.items():
        est.fit(X_tr, y_tr)
        p = est.predict_proba(X_va)[:, 1]
        logger.info("%-7s ROC-AUC=%.4f AP=%.4f", name, roc_auc_score(y_va, p), average_precision_score(y_va, p))
    return estimators["logreg"]


def main():
    logging.basicConfig(level=logging.INFO, format="%(name)s: %(message)s")
    parser = argparse.ArgumentParser()
    parser.add_argument("--train", default="train.csv")
    parser.add_argument("--test", default="test.csv")
    parser.add_argument("--k", type=int, default=CONFIG["k_best"])
    args = parser.parse_args()

    train, test = load_frames(args.train, args.test)
    X_all, y_all = encode(train), train[CONFIG["target"]]
    kept = select_features(X_all, y_all, args.k)

    X_tr, X_va, y_tr, y_va = train_test_split(X_all[kept], y_all, test_size=0.25, stratify=y_all,
                                              random_state=CONFIG["seed"])
    fit_and_score(X_tr, y_tr, X_va, y_va)

    final = make_pipeline(StandardScaler(), LogisticRegression(max_iter=3000)).fit(X_all[kept], y_all)
    X_test = encode(test).reindex(columns=X_all.columns, fill_value=0)[kept]
    pd.DataFrame({CONFIG["id_col"]: test[CONFIG["id_col"]], "prediction": final.predict_proba(X_test)[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
