"""Fraud take-home: recursive feature elimination, then LightGBM scored with stratified CV."""
import json
from pathlib import Path

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.feature_selection import RFE
from sklearn.model_selection import StratifiedKFold, cross_val_score

BUNDLE = Path(".")
N_KEEP = 15


def load_task():
    task = json.loads((BUNDLE / "task.json").read_text())
    return task["target"], task["id_column"], task.get("leaky_columns", [])


def build_matrix(df, drop):
    X = df.drop(columns=[c for c in drop if c in df.columns])
    X["ts"] = pd.to_datetime(X.pop("timestamp"))
    X["weekday"] = X["ts"].dt.weekday
    X = X.drop(columns=["ts", "card_id"])
    X["log_amount"] = np.log1p(X["amount"])
    X["amount_minus_avg"] = X["amount"] - X["avg_amount_30d"]
    X["amount_ratio"] = X["amount"] / (X["avg_amount_30d"] + 1)
    X["mismatch_not_present"] = X["country_mismatch"] * (1 - X["card_present"])
    X = pd.get_dummies(X, columns=["merchant_category", "device_type"], dtype=float)
    return X.fillna(0)


def main():
    target, id_col, leaky = load_task()
    train = pd.read_csv(BUNDLE / "train.csv")
    test = pd.read_csv(BUNDLE / "test.csv")
    print("rows:", len(train), "fraud:", int(train[target].sum()))

    X = build_matrix(train, [target, id_col, *leaky])
    y = train[target].to_numpy()
    X_test = build_matrix(test, [target, id_col, *leaky]).reindex(columns=X.columns, fill_value=0)
    print("candidate features:", X.shape[1])

    rfe = RFE(ExtraTreesClassifier(n_estimators=200, max_depth=10, n_jobs=-1, random_state=5),
              n_features_to_select=N_KEEP, step=2)
    rfe.fit(X, y)
    selected = list(X.columns[rfe.support_])
    print("RFE kept:", selected)

    cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=5)
    model = lgb.LGBMClassifier(n_estimators=500, learning_rate=0.03, num_leaves=31,
                               min_child_samples=40, colsample_bytree=0.8, verbose=-1, random_state=5)
    scores = cross_val_score(model, X[selected], y, cv=cv, scoring="average_precision", n_jobs=-1)
    base = cross_val_score(DummyClassifier(strategy="prior"), X[selected], y, cv=cv, scoring="average_precision")
    print(f"LightGBM AP: {scores.mean():.4f} ({scores.std():.4f})   baseline AP: {base.mean():.4f}")

    model.fit(X[selected], y)
    pd.DataFrame({id_col: test[id_col], "prediction": model.predict_proba(X_test[selected])[:, 1]}).to_csv(
        BUNDLE / "predictions.csv", index=False)
    (BUNDLE / "metrics.json").write_text(json.dumps({"average_precision": round(float(scores.mean()), 4)}))


if __name__ == "__main__":
    main()
