"""
fraud_model.py - RFE feature selection + stacked ensemble
run: python fraud_model.py
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import (AdaBoostClassifier, GradientBoostingClassifier,
                              RandomForestClassifier, StackingClassifier)
from sklearn.feature_selection import RFE
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_score

N_FEATURES = 12


def load():
    tr = pd.read_csv("train.csv")
    te = pd.read_csv("test.csv")
    return tr, te


def build_features(df):
    ts = pd.to_datetime(df["transaction_time"])
    feats = pd.DataFrame(index=df.index)
    feats["amount"] = df["amount"]
    feats["log_amount"] = np.log1p(df["amount"])
    feats["hour"] = ts.dt.hour
    feats["minute"] = ts.dt.minute
    feats["dow"] = ts.dt.dayofweek
    feats["dom"] = ts.dt.day
    feats["is_night"] = (ts.dt.hour < 6).astype(int)
    feats["is_weekend"] = (ts.dt.dayofweek >= 5).astype(int)
    onehot = pd.get_dummies(df[["merchant_category", "country", "device"]], dtype=int)
    return pd.concat([feats, onehot], axis=1)


def main():
    tr, te = load()
    X = build_features(tr)
    y = tr["is_fraud"]
    X_te = build_features(te).reindex(columns=X.columns, fill_value=0)

    # recursive feature elimination with a random forest
    rfe = RFE(RandomForestClassifier(n_estimators=100, random_state=0, n_jobs=-1),
              n_features_to_select=N_FEATURES, step=2)
    rfe.fit(X, y)
    selected = X.columns[rfe.support_].tolist()
    print("RFE kept:", selected)

    X_sel = X[selected]

    stack = StackingClassifier(
        estimators=[
            ("rf", RandomForestClassifier(n_estimators=300, max_depth=10, n_jobs=-1, random_state=0)),
            ("gb", GradientBoostingClassifier(n_estimators=200, max_depth=3, random_state=0)),
            ("ada", AdaBoostClassifier(n_estimators=200, random_state=0)),
        ],
        final_estimator=LogisticRegression(max_iter=1000),
        cv=5,
        n_jobs=-1,
    )

    skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    acc = cross_val_score(stack, X_sel, y, cv=skf, scoring="accuracy")
    print("fold accuracy:", np.round(acc, 4))
    print(f"mean accuracy: {acc.mean():.4f}")

    stack.fit(X_sel, y)
    pred = stack.predict_proba(X_te[selected])[:, 1]
    pd.DataFrame({"transaction_id": te["transaction_id"], "prediction": pred}).to_csv("predictions.csv",
                                                                                        index=False)
    print("saved predictions.csv")


if __name__ == "__main__":
    main()
