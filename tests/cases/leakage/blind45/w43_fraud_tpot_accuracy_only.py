"""Card-fraud classifier found with TPOT.

Split by card so that one card's transactions never sit on both sides; TPOT's own
cross-validation also uses GroupKFold on cards.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import GroupKFold, GroupShuffleSplit
from tpot import TPOTClassifier

TARGET = "is_fraud"
CARD = "card_id"
USE_COLS = ["amount", "hour", "day_of_week", "merchant_category", "channel", "device_type",
            "distance_from_home_km", "is_foreign", "card_age_days", "prev_declines_24h"]
CATEGORICAL = ["merchant_category", "channel", "device_type"]


def matrix(df, columns=None):
    X = pd.get_dummies(df[USE_COLS], columns=CATEGORICAL, dtype=float)
    X["log_amount"] = np.log1p(df["amount"])
    X["night"] = df["hour"].between(0, 5).astype(float)
    if columns is not None:
        X = X.reindex(columns=columns, fill_value=0.0)
    return X


def check_submission(path, ids, id_col):
    """Basic sanity checks on the file the platform will score."""
    out = pd.read_csv(path)
    assert list(out.columns) == [id_col, "prediction"], out.columns
    assert len(out) == len(ids) and out[id_col].is_unique
    assert set(out[id_col]) == set(ids)
    assert out["prediction"].notna().all()
    print(f"{path}: {len(out)} rows, prediction range {out['prediction'].min():.3f}..{out['prediction'].max():.3f}")


def main():
    df = pd.read_csv("train.csv")
    sub = pd.read_csv("test.csv")
    print(df.shape, df[TARGET].mean(), df[CARD].nunique())

    gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=13)
    tr_idx, te_idx = next(gss.split(df, df[TARGET], groups=df[CARD]))
    tr, te = df.iloc[tr_idx], df.iloc[te_idx]
    X_tr = matrix(tr)
    X_te = matrix(te, X_tr.columns)
    y_tr, y_te = tr[TARGET].values, te[TARGET].values

    tpot = TPOTClassifier(generations=10, population_size=40, cv=GroupKFold(n_splits=5),
                          scoring="accuracy", config_dict="TPOT light", max_time_mins=45,
                          n_jobs=-1, random_state=13, verbosity=2)
    tpot.fit(X_tr.values, y_tr, groups=tr[CARD].values)

    baseline = DummyClassifier(strategy="most_frequent").fit(X_tr, y_tr)
    print("baseline accuracy:", round(baseline.score(X_te, y_te), 4))
    print("TPOT accuracy    :", round(tpot.score(X_te.values, y_te), 4))
    tpot.export("tpot_fraud_pipeline.py")

    proba = tpot.predict_proba(matrix(sub, X_tr.columns).values)[:, 1]
    pd.DataFrame({"txn_id": sub["txn_id"], "prediction": proba}).to_csv("predictions.csv", index=False)
    check_submission("predictions.csv", sub["txn_id"], "txn_id")
    print("cards in train / test part:", tr[CARD].nunique(), te[CARD].nunique())
    print("fraud rate train / test part:", round(y_tr.mean(), 4), round(y_te.mean(), 4))


if __name__ == "__main__":
    main()
