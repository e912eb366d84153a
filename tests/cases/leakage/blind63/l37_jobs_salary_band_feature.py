"""Salary regression for job postings.

* text: gte-small sentence embeddings of "title. description"
* structured: seniority (ordinal), salary band (ordinal), remote flag, employment type, location one-hots
* model: HistGradientBoostingRegressor on log salary
* validation: everything posted before 2024-07-01 trains; postings after that date from companies
  with no earlier postings validate (the test file is mostly new employers)
"""
from pathlib import Path

import numpy as np
import pandas as pd
from sentence_transformers import SentenceTransformer
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, median_absolute_error, r2_score

CUTOFF = pd.Timestamp("2024-07-01")
BANDS = {"<50k": 0, "50-80k": 1, "80-110k": 2, "110-140k": 3, "140-180k": 4, "180-250k": 5, ">250k": 6}
SENIORITY = {"intern": 0, "junior": 1, "mid": 2, "senior": 3, "staff": 4, "principal": 5, "director": 6}
EMB_FILE = Path("gte_small_{}.npy")


def load(name):
    df = pd.read_csv(name, parse_dates=["posted_at"])
    df["doc"] = df["title"].fillna("") + ". " + df["description"].fillna("").str.slice(0, 3000)
    df["seniority_ord"] = df["seniority"].str.lower().map(SENIORITY).fillna(2)
    df["band_ord"] = df["salary_band"].map(BANDS).fillna(-1)
    df["remote"] = df["remote"].fillna(False).astype(float)
    return df


def embed(df, tag):
    path = Path(str(EMB_FILE).format(tag))
    if path.exists():
        return np.load(path)
    enc = SentenceTransformer("thenlper/gte-small")
    E = enc.encode(df["doc"].tolist(), batch_size=64, normalize_embeddings=True, show_progress_bar=True)
    np.save(path, E)
    return E


def structured(df, columns=None):
    dummies = pd.get_dummies(df[["employment_type", "location"]].fillna("na"), dtype=float)
    if columns is not None:
        dummies = dummies.reindex(columns=columns, fill_value=0.0)
    return np.hstack([df[["seniority_ord", "band_ord", "remote"]].to_numpy(), dummies.to_numpy()]), dummies.columns


def summary(name, y_true, y_pred):
    print(f"{name:20s} MAE {mean_absolute_error(y_true, y_pred):>9,.0f}  "
          f"MedAE {median_absolute_error(y_true, y_pred):>9,.0f}  R2 {r2_score(y_true, y_pred):.3f}")


train = load("train.csv")
test = load("test.csv")
E, E_test = embed(train, "train"), embed(test, "test")
S, cols = structured(train)
S_test, _ = structured(test, cols)
X, X_test = np.hstack([E, S]), np.hstack([E_test, S_test])
y_log = np.log(train["salary"].clip(lower=10_000)).to_numpy()

early = (train["posted_at"] < CUTOFF).to_numpy()
known = set(train.loc[early, "company_id"])
late = (~early) & (~train["company_id"].isin(known)).to_numpy()
print(f"train {early.sum()} postings, validate on {late.sum()} later postings from new companies")

reg = HistGradientBoostingRegressor(learning_rate=0.05, max_iter=600, max_leaf_nodes=31,
                                    l2_regularization=1.0, random_state=0)
reg.fit(X[early], y_log[early])
med = DummyRegressor(strategy="median").fit(X[early], y_log[early])

actual = train.loc[late, "salary"].to_numpy()
summary("median baseline", actual, np.exp(med.predict(X[late])))
summary("embeddings + HGB", actual, np.exp(reg.predict(X[late])))

by_level = pd.DataFrame({"seniority": train.loc[late, "seniority"],
                         "err": np.abs(np.exp(reg.predict(X[late])) - actual)})
print(by_level.groupby("seniority")["err"].median().round(0))

reg.fit(X, y_log)
pd.DataFrame({"posting_id": test["posting_id"], "prediction": np.exp(reg.predict(X_test))}).to_csv(
    "predictions.csv", index=False)
