"""
Wafer low-yield model with hyper-parameter tuning.

- 20% of lots held out as a final test set (GroupShuffleSplit)
- RandomForest tuned with GridSearchCV on the remaining wafers
- compared to a stratified dummy on the held-out lots
"""
import logging

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GridSearchCV, GroupShuffleSplit

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
log = logging.getLogger("wafer")

NUM = ["slot", "rf_power_mean", "rf_power_std", "chamber_pressure_mean", "chamber_pressure_std",
       "esc_temp_mean", "esc_temp_max", "he_flow_mean", "etch_rate_mean", "etch_rate_std",
       "endpoint_time_s", "cd_mean_nm", "cd_std_nm", "film_thk_mean", "film_thk_range",
       "particle_adders"]
CAT = ["tool_id", "chamber", "recipe"]


def features(frame: pd.DataFrame) -> pd.DataFrame:
    X = frame[NUM].fillna(-1.0)
    return X.join(pd.get_dummies(frame[CAT].astype(str), dtype=float))


def main():
    df = pd.read_csv("train.csv")
    X = features(df)
    y = df["low_yield"].to_numpy()
    lots = df["lot_id"].to_numpy()

    tr, te = next(GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=5).split(X, y, lots))
    X_tr, X_te, y_tr, y_te = X.iloc[tr], X.iloc[te], y[tr], y[te]
    log.info("train %d wafers / %d lots, test %d wafers / %d lots",
             len(tr), len(set(lots[tr])), len(te), len(set(lots[te])))

    grid = {
        "n_estimators": [300, 600],
        "max_depth": [None, 12, 20],
        "min_samples_leaf": [1, 3, 10],
        "max_features": ["sqrt", 0.3],
    }
    search = GridSearchCV(
        RandomForestClassifier(class_weight="balanced_subsample", n_jobs=-1, random_state=5),
        grid, scoring="average_precision", cv=5, n_jobs=1, verbose=1,
    )
    search.fit(X_tr, y_tr)
    log.info("best params %s  cv AP %.4f", search.best_params_, search.best_score_)

    dummy = DummyClassifier(strategy="stratified", random_state=5).fit(X_tr, y_tr)
    p_dummy = dummy.predict_proba(X_te)[:, 1]
    p_rf = search.predict_proba(X_te)[:, 1]
    log.info("dummy  AUC %.4f  AP %.4f", roc_auc_score(y_te, p_dummy), average_precision_score(y_te, p_dummy))
    log.info("rf     AUC %.4f  AP %.4f", roc_auc_score(y_te, p_rf), average_precision_score(y_te, p_rf))

    best = search.best_estimator_
    best.fit(X, y)
    test = pd.read_csv("test.csv")
    X_new = features(test).reindex(columns=X.columns, fill_value=0.0)
    pd.DataFrame({"wafer_id": test["wafer_id"], "prediction": best.predict_proba(X_new)[:, 1]}).to_csv(
        "predictions.csv", index=False)
    log.info("done")


if __name__ == "__main__":
    main()
