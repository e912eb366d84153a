"""
Product category classifier.

Brands are very informative (a brand usually sells in 1-2 categories), but there are
thousands of them, so instead of one-hot I turn brand into a per-category profile:
for each brand, the share of its listings in each category.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.decomposition import TruncatedSVD
from sklearn.dummy import DummyClassifier
from sklearn.metrics import f1_score, classification_report
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import LabelEncoder

SEED = 3
df = pd.read_csv("train.csv")
df["brand"] = df["brand"].fillna("unknown").str.lower()
df["title"] = df["title"].fillna("")

label_enc = LabelEncoder()
df["y"] = label_enc.fit_transform(df["category"])
n_classes = len(label_enc.classes_)

# brand -> category profile (smoothed towards the overall mix)
prior = df["category"].value_counts(normalize=True)
brand_counts = pd.crosstab(df["brand"], df["category"])
alpha = 10
brand_profile = (brand_counts + alpha * prior) .div(brand_counts.sum(axis=1) + alpha, axis=0)
brand_profile.columns = [f"brand_share_{c}" for c in brand_profile.columns]
df = df.merge(brand_profile, left_on="brand", right_index=True, how="left")
share_cols = list(brand_profile.columns)

df["log_price"] = np.log1p(df["price"])
df["title_len"] = df["title"].str.split().str.len()
num_cols = ["log_price", "seller_rating", "n_images", "weight_g", "title_len"] + share_cols

train_df, valid_df = train_test_split(df, test_size=0.2, stratify=df["y"], random_state=SEED)

tfidf = TfidfVectorizer(ngram_range=(1, 2), min_df=3, sublinear_tf=True)
svd = TruncatedSVD(n_components=120, random_state=SEED)
title_tr = svd.fit_transform(tfidf.fit_transform(train_df["title"]))
title_va = svd.transform(tfidf.transform(valid_df["title"]))

X_tr = np.hstack([title_tr, train_df[num_cols].to_numpy()])
X_va = np.hstack([title_va, valid_df[num_cols].to_numpy()])
y_tr, y_va = train_df["y"].to_numpy(), valid_df["y"].to_numpy()

model = lgb.LGBMClassifier(
    objective="multiclass",
    num_class=n_classes,
    n_estimators=600,
    learning_rate=0.05,
    num_leaves=63,
    subsample=0.8,
    subsample_freq=1,
    colsample_bytree=0.7,
    random_state=SEED,
    verbose=-1,
)
model.fit(X_tr, y_tr)
pred = model.predict(X_va)

base = DummyClassifier(strategy="most_frequent").fit(X_tr, y_tr)
print("baseline macro-F1: %.4f" % f1_score(y_va, base.predict(X_va), average="macro"))
print("lgbm     macro-F1: %.4f" % f1_score(y_va, pred, average="macro"))
print(classification_report(y_va, pred, target_names=label_enc.classes_, digits=3))

imp = pd.Series(model.feature_importances_[-len(num_cols):], index=num_cols).sort_values()
print(imp.tail(10))
