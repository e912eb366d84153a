"""Job-posting salary model - TF-IDF + Ridge, cross-validated by employer.

Missing structured fields are common in scraped postings (~15% without seniority/location).
Postings are ordered by date and gaps are filled from the neighbouring posting, which in
practice is usually the same recruiter batch.

CV: GroupKFold on company_id (5 folds), so no employer is in both train and validation.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyRegressor
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error, r2_score
from sklearn.model_selection import GroupKFold
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

FILL_COLS = ["seniority", "location", "employment_type"]
CAT_COLS = FILL_COLS + ["remote"]


def prepare(df):
    df = df.sort_values("posted_at").reset_index(drop=True)
    df[FILL_COLS] = df[FILL_COLS].bfill()
    df[FILL_COLS] = df[FILL_COLS].fillna("unknown")
    df["remote"] = df["remote"].fillna(False).astype(str)
    df["text"] = df["title"].fillna("") + " || " + df["description"].fillna("")
    return df


def build():
    pre = ColumnTransformer([
        ("text", TfidfVectorizer(ngram_range=(1, 2), min_df=3, max_features=80000, sublinear_tf=True), "text"),
        ("cat", OneHotEncoder(handle_unknown="ignore"), CAT_COLS),
    ])
    return Pipeline([("pre", pre), ("ridge", Ridge(alpha=1.5))])


train = prepare(pd.read_csv("train.csv", parse_dates=["posted_at"]))
test = prepare(pd.read_csv("test.csv", parse_dates=["posted_at"]))
print("missing after fill:", train[FILL_COLS].isna().sum().to_dict())

y = np.log(train["salary"].clip(lower=10_000)).to_numpy()
X = train[["text"] + CAT_COLS]
groups = train["company_id"].to_numpy()

records = []
for fold, (tr, va) in enumerate(GroupKFold(n_splits=5).split(X, y, groups)):
    model = build().fit(X.iloc[tr], y[tr])
    base = DummyRegressor(strategy="median").fit(X.iloc[tr], y[tr])
    actual = np.exp(y[va])
    for name, est in [("baseline_median", base), ("tfidf_ridge", model)]:
        pred = np.exp(est.predict(X.iloc[va]))
        records.append({"fold": fold, "model": name,
                        "mae": mean_absolute_error(actual, pred), "r2": r2_score(actual, pred)})

res = pd.DataFrame(records)
print(res.pivot(index="fold", columns="model", values="mae").round(0))
print(res.groupby("model")[["mae", "r2"]].agg(["mean", "std"]).round(3))

final = build().fit(X, y)
pred = np.exp(final.predict(test[["text"] + CAT_COLS]))
pd.DataFrame({"posting_id": test["posting_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
print("done:", len(pred), "rows")
