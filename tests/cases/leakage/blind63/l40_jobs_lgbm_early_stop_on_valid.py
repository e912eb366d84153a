"""Salary prediction: OpenAI embeddings + LightGBM, with a proper three-way time split.

train  : postings before t1
valid  : postings in [t1, t2) from employers not seen before t1  -> early stopping
test   : postings from t2 on from employers not seen before t2   -> reported once
"""
import json
import sqlite3

import lightgbm as lgb
import numpy as np
import pandas as pd
from openai import OpenAI
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error, r2_score

LEVELS = ["intern", "junior", "mid", "senior", "staff", "principal", "director"]
client = OpenAI()
db = sqlite3.connect("embeddings.sqlite")
db.execute("CREATE TABLE IF NOT EXISTS emb (posting_id TEXT PRIMARY KEY, vec TEXT)")


def get_embeddings(ids, docs, batch=128):
    ids = [str(i) for i in ids]
    have = dict(db.execute("SELECT posting_id, vec FROM emb").fetchall())
    missing = [(i, d) for i, d in zip(ids, docs) if i not in have]
    for s in range(0, len(missing), batch):
        chunk = missing[s:s + batch]
        resp = client.embeddings.create(model="text-embedding-3-small", input=[d for _, d in chunk])
        rows = [(i, json.dumps(e.embedding)) for (i, _), e in zip(chunk, resp.data)]
        db.executemany("INSERT OR REPLACE INTO emb VALUES (?, ?)", rows)
        db.commit()
        have.update(dict(rows))
    return np.array([json.loads(have[i]) for i in ids], dtype=np.float32)


def tab(df):
    out = pd.DataFrame(index=df.index)
    out["level"] = df["seniority"].map({l: i for i, l in enumerate(LEVELS)}).fillna(2)
    out["remote"] = df["remote"].fillna(False).astype(int)
    out["contract"] = (df["employment_type"] == "contract").astype(int)
    out["part_time"] = (df["employment_type"] == "part_time").astype(int)
    return out.to_numpy()


def dollars(name, y_log_true, y_log_pred):
    a, p = np.exp(y_log_true), np.exp(y_log_pred)
    print(f"{name}: MAE ${mean_absolute_error(a, p):,.0f}  MAPE {mean_absolute_percentage_error(a, p):.3%}  "
          f"R2 {r2_score(a, p):.3f}")


train = pd.read_csv("train.csv", parse_dates=["posted_at"])
test = pd.read_csv("test.csv", parse_dates=["posted_at"])
for df in (train, test):
    df["doc"] = (df["title"].fillna("") + "\n" + df["description"].fillna("")).str.slice(0, 8000)
y = np.log(train["salary"].clip(lower=10_000)).to_numpy()

X = np.hstack([tab(train), get_embeddings(train["posting_id"], train["doc"])])
X_sub = np.hstack([tab(test), get_embeddings(test["posting_id"], test["doc"])])

t1, t2 = train["posted_at"].quantile([0.7, 0.85])
is_tr = (train["posted_at"] < t1).to_numpy()
seen_t1 = set(train.loc[is_tr, "company_id"])
is_va = ((train["posted_at"] >= t1) & (train["posted_at"] < t2) & ~train["company_id"].isin(seen_t1)).to_numpy()
seen_t2 = set(train.loc[train["posted_at"] < t2, "company_id"])
is_te = ((train["posted_at"] >= t2) & ~train["company_id"].isin(seen_t2)).to_numpy()
print(f"train {is_tr.sum()}  valid {is_va.sum()}  test {is_te.sum()}")

reg = lgb.LGBMRegressor(n_estimators=5000, learning_rate=0.02, num_leaves=63, min_child_samples=20,
                        colsample_bytree=0.25, subsample=0.8, subsample_freq=1, reg_lambda=3.0,
                        random_state=0, verbose=-1)
reg.fit(X[is_tr], y[is_tr], eval_set=[(X[is_va], y[is_va])], eval_metric="l1",
        callbacks=[lgb.early_stopping(200), lgb.log_evaluation(250)])
best_iter = reg.best_iteration_
print("best iteration", best_iter)

dollars("valid", y[is_va], reg.predict(X[is_va], num_iteration=best_iter))
dollars("test ", y[is_te], reg.predict(X[is_te], num_iteration=best_iter))

final = lgb.LGBMRegressor(**{**reg.get_params(), "n_estimators": best_iter}).fit(X, y)
pd.DataFrame({"posting_id": test["posting_id"], "prediction": np.exp(final.predict(X_sub))}).to_csv(
    "predictions.csv", index=False)
