# Mercari price suggestion - sparse text features + LightGBM
# train.tsv: train_id, name, item_condition_id, category_name, brand_name,
#            price, shipping, item_description

import gc
import time

import lightgbm as lgb
import numpy as np
import pandas as pd
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.metrics import mean_squared_error
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import OneHotEncoder

start = time.time()
df = pd.read_csv("train.tsv", sep="\t")
df = df[df["price"] > 0].reset_index(drop=True)

df["name"] = df["name"].fillna("")
df["brand_name"] = df["brand_name"].fillna("missing")
df["category_name"] = df["category_name"].fillna("missing/missing/missing")
df["item_description"] = (df["item_description"].fillna("")
                          .replace("No description yet", ""))
cats = df["category_name"].str.split("/", n=2, expand=True)
df["cat1"], df["cat2"], df["cat3"] = cats[0], cats[1], cats[2]
df["desc_len"] = df["item_description"].str.len()
df["target"] = np.log1p(df["price"])

train_df, test_df = train_test_split(df, test_size=0.1, random_state=1)
print("train", train_df.shape, "test", test_df.shape)

name_vec = CountVectorizer(min_df=10, ngram_range=(1, 2), max_features=60000)
desc_vec = TfidfVectorizer(max_features=80000, ngram_range=(1, 3), stop_words="english")
ohe = OneHotEncoder(handle_unknown="ignore")
cat_cols = ["brand_name", "cat1", "cat2", "cat3", "item_condition_id", "shipping"]


def build(frame, fit=False):
    if fit:
        parts = [name_vec.fit_transform(frame["name"]),
                 desc_vec.fit_transform(frame["item_description"]),
                 ohe.fit_transform(frame[cat_cols].astype(str))]
    else:
        parts = [name_vec.transform(frame["name"]),
                 desc_vec.transform(frame["item_description"]),
                 ohe.transform(frame[cat_cols].astype(str))]
    parts.append(csr_matrix(frame[["desc_len"]].values.astype(np.float32)))
    return hstack(parts).tocsr().astype(np.float32)


X_train = build(train_df, fit=True)
X_test = build(test_df)
y_train, y_test = train_df["target"].values, test_df["target"].values
print("matrix:", X_train.shape, f"{time.time() - start:.0f}s")
gc.collect()

params = {
    "objective": "regression",
    "metric": "rmse",
    "learning_rate": 0.1,
    "num_leaves": 127,
    "min_data_in_leaf": 50,
    "feature_fraction": 0.5,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "verbosity": -1,
}
dtrain = lgb.Dataset(X_train, y_train)
dtest = lgb.Dataset(X_test, y_test, reference=dtrain)
booster = lgb.train(
    params, dtrain, num_boost_round=5000,
    valid_sets=[dtest], valid_names=["test"],
    callbacks=[lgb.early_stopping(100), lgb.log_evaluation(200)],
)
print("best iteration:", booster.best_iteration)

pred = booster.predict(X_test, num_iteration=booster.best_iteration)
rmsle = np.sqrt(mean_squared_error(y_test, pred))

# baseline: median log-price of the training items
median_pred = np.full_like(y_test, np.median(y_train))
rmsle_base = np.sqrt(mean_squared_error(y_test, median_pred))
print(f"RMSLE baseline (median price): {rmsle_base:.4f}")
print(f"RMSLE LightGBM               : {rmsle:.4f}")
print(f"total time {time.time() - start:.0f}s")
