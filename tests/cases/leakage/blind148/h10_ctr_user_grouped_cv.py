"""CTR model evaluated with user-grouped cross-validation.

Test users never appear in train.csv, so folds are grouped by user_id to
measure generalisation to unseen users. A prior-only dummy is run through the
same folds as the baseline.
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import GroupKFold, cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.compose import make_column_transformer
from sklearn.preprocessing import OneHotEncoder
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.decomposition import TruncatedSVD
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier

df = pd.read_csv("train.csv", parse_dates=["event_time"])
df = df.sort_values("event_time").reset_index(drop=True)

df["hour"] = df["event_time"].dt.hour
df["user_prev_imps"] = df.groupby("user_id").cumcount()
df["ad_title"] = df["ad_title"].fillna("")

cat_cols = ["device", "ad_category", "user_age_bucket"]
num_cols = ["position", "hour", "user_prev_imps"]

prep = make_column_transformer(
    (make_pipeline(TfidfVectorizer(min_df=5, max_features=5000), TruncatedSVD(32, random_state=0)), "ad_title"),
    (OneHotEncoder(handle_unknown="ignore", sparse_output=False), cat_cols),
    ("passthrough", num_cols),
)
model = make_pipeline(prep, HistGradientBoostingClassifier(max_iter=250, learning_rate=0.08, random_state=0))
dummy = DummyClassifier(strategy="prior")

X = df[["ad_title"] + cat_cols + num_cols]
y = df["clicked"]
cv = GroupKFold(n_splits=5)

results = {}
for name, est in [("dummy_prior", dummy), ("hgb", model)]:
    res = cross_validate(est, X, y, groups=df["user_id"], cv=cv,
                         scoring=["roc_auc", "average_precision", "neg_log_loss"])
    results[name] = {k: np.mean(v) for k, v in res.items() if k.startswith("test_")}

print(pd.DataFrame(results).T.round(4))

test = pd.read_csv("test.csv", parse_dates=["event_time"]).sort_values("event_time")
test["hour"] = test["event_time"].dt.hour
test["user_prev_imps"] = test.groupby("user_id").cumcount()
test["ad_title"] = test["ad_title"].fillna("")
model.fit(X, y)
out = pd.DataFrame({"impression_id": test["impression_id"],
                    "prediction": model.predict_proba(test[X.columns])[:, 1]})
out.to_csv("predictions.csv", index=False)
print(out.describe())
