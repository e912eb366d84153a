import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score
from sklearn.model_selection import BaseCrossValidator
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

task = json.load(open("task.json"))
TARGET = task["target"]
TID = task["id_column"]
LEAKY = task["leaky_columns"]

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")


def engineer(frame):
    out = pd.DataFrame(index=frame.index)
    out["amount"] = frame["amount"]
    out["log_amount"] = np.log1p(frame["amount"])
    out["card_present"] = frame["card_present"]
    out["country_mismatch"] = frame["country_mismatch"]
    out["distance"] = frame["distance_from_home_km"]
    out["log_distance"] = np.log1p(frame["distance_from_home_km"])
    out["txn_count_24h"] = frame["txn_count_24h"]
    out["card_age_days"] = frame["card_age_days"]
    out["new_card"] = (frame["card_age_days"] < 30).astype(int)
    out["hour_sin"] = np.sin(2 * np.pi * frame["hour"] / 24)
    out["hour_cos"] = np.cos(2 * np.pi * frame["hour"] / 24)
    out["cnp_and_mismatch"] = (1 - frame["card_present"]) * frame["country_mismatch"]
    out["amount_x_velocity"] = out["log_amount"] * frame["txn_count_24h"]
    mcc = pd.get_dummies(frame["merchant_category"], prefix="mcc", dtype=int)
    return pd.concat([out, mcc], axis=1)


X_all = engineer(df)
X_sub = engineer(test).reindex(columns=X_all.columns, fill_value=0)
y_all = df[TARGET].to_numpy()
print("engineered features:", X_all.shape[1])

# keep the 12 most informative features
selector = SelectKBest(mutual_info_classif, k=12)
selector.fit(X_all, y_all)
kept = X_all.columns[selector.get_support()].tolist()
print("kept:", kept)
X_sel = X_all[kept]


class RepeatedStratifiedHalves(BaseCrossValidator):
    """2-fold stratified CV repeated n times (5x2cv)."""

    def __init__(self, n_repeats=5, random_state=0):
        self.n_repeats = n_repeats
        self.random_state = random_state

    def get_n_splits(self, X=None, y=None, groups=None):
        return 2 * self.n_repeats

    def split(self, X, y=None, groups=None):
        rng = np.random.RandomState(self.random_state)
        y = np.asarray(y)
        for _ in range(self.n_repeats):
            half = np.zeros(len(y), dtype=bool)
            for cls in (0, 1):
                idx = rng.permutation(np.flatnonzero(y == cls))
                half[idx[: len(idx) // 2]] = True
            yield np.flatnonzero(~half), np.flatnonzero(half)
            yield np.flatnonzero(half), np.flatnonzero(~half)


cv = RepeatedStratifiedHalves(n_repeats=5, random_state=42)
ap_model, ap_dummy = [], []
for tr, te in cv.split(X_sel, y_all):
    clf = make_pipeline(StandardScaler(), LogisticRegression(C=0.5, max_iter=3000))
    clf.fit(X_sel.iloc[tr], y_all[tr])
    ap_model.append(average_precision_score(y_all[te], clf.predict_proba(X_sel.iloc[te])[:, 1]))
    dummy = DummyClassifier(strategy="prior").fit(X_sel.iloc[tr], y_all[tr])
    ap_dummy.append(average_precision_score(y_all[te], dummy.predict_proba(X_sel.iloc[te])[:, 1]))

print("5x2cv AP: %.4f +- %.4f" % (np.mean(ap_model), np.std(ap_model)))
print("dummy AP: %.4f" % np.mean(ap_dummy))

final = make_pipeline(StandardScaler(), LogisticRegression(C=0.5, max_iter=3000)).fit(X_sel, y_all)
pred = final.predict_proba(X_sub[kept])[:, 1]
pd.DataFrame({TID: test[TID], "prediction": pred}).to_csv("predictions.csv", index=False)
