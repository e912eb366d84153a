"""
IDS take-home: random forest on flow features.
Validation = the most recent quarter of the training capture (test.csv is a later capture).

usage: python x04_flows_time_split_rf.py
"""
import pandas as pd
import numpy as np
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import classification_report, confusion_matrix, roc_auc_score, average_precision_score

SEED = 1337

NON_FEATURES = ["flow_id", "timestamp", "srcip", "dstip", "sport", "dsport", "attack_cat", "label"]


def load(path):
    df = pd.read_csv(path, parse_dates=["timestamp"])
    # some exports have whitespace in the categorical fields
    for c in ["proto", "service", "state"]:
        df[c] = df[c].astype(str).str.strip().replace({"-": "none"})
    return df.sort_values("timestamp").reset_index(drop=True)


def build_features(df, columns=None):
    X = df.drop(columns=[c for c in NON_FEATURES if c in df.columns])
    X = pd.get_dummies(X, columns=["proto", "service", "state"], dtype=np.uint8)
    X = X.replace([np.inf, -np.inf], np.nan).fillna(0)
    if columns is not None:
        X = X.reindex(columns=columns, fill_value=0)
    return X


def main():
    train = load("train.csv")
    test = load("test.csv")
    print(f"[+] train flows: {len(train):,}  test flows: {len(test):,}")
    print(f"[+] attack share: {train.label.mean():.3%}")

    X = build_features(train)
    y = train["label"]

    split_ts = train["timestamp"].quantile(0.75)
    is_tr = train["timestamp"] < split_ts
    X_tr, X_val = X[is_tr], X[~is_tr]
    y_tr, y_val = y[is_tr], y[~is_tr]
    print(f"[+] split at {split_ts}: {is_tr.sum():,} train / {(~is_tr).sum():,} val")

    rf = RandomForestClassifier(
        n_estimators=400,
        max_depth=None,
        min_samples_leaf=2,
        class_weight="balanced_subsample",
        n_jobs=-1,
        random_state=SEED,
    )
    rf.fit(X_tr, y_tr)

    proba = rf.predict_proba(X_val)[:, 1]
    pred = (proba >= 0.5).astype(int)
    print(classification_report(y_val, pred, target_names=["benign", "attack"], digits=4))
    print("confusion matrix:\n", confusion_matrix(y_val, pred))
    print(f"ROC-AUC : {roc_auc_score(y_val, proba):.4f}")
    print(f"PR-AUC  : {average_precision_score(y_val, proba):.4f}")

    imp = pd.Series(rf.feature_importances_, index=X.columns).sort_values(ascending=False)
    print("\ntop features:\n", imp.head(15))

    # final fit on all labelled flows
    rf.fit(X, y)
    X_test = build_features(test, columns=X.columns)
    out = pd.DataFrame({"flow_id": test["flow_id"], "prediction": rf.predict_proba(X_test)[:, 1]})
    out.to_csv("predictions.csv", index=False)
    print("[+] wrote predictions.csv")


if __name__ == "__main__":
    main()
