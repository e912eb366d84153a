# helpfulness regression with LightGBM on numeric/meta columns + a small TF-IDF block
import numpy as np
import pandas as pd
import lightgbm as lgb
from scipy.sparse import hstack, csr_matrix
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, r2_score

df = pd.read_csv("train.csv", parse_dates=["review_date"])

# --- quick look ---
print(df.shape)
print(df.isna().mean().round(3).sort_values(ascending=False).head(8))
print(df["helpfulness"].describe().round(3))
print(df.groupby("rating")["helpfulness"].agg(["mean", "median", "size"]).round(3))
print(df.groupby("verified_purchase")["helpfulness"].mean().round(3))
months = pd.to_datetime(df["review_date"]).dt.to_period("M")
print(months.value_counts().sort_index().tail(12))
text_len = df["review_text"].fillna("").str.len()
print("review length quantiles:", text_len.quantile([0.1, 0.5, 0.9]).to_dict())
print("reviews per product:", df.groupby("product_id").size().describe().round(1).to_dict())

print(df.columns.tolist())

df["text"] = df["title"].fillna("") + " " + df["review_text"].fillna("")
df["len_chars"] = df["text"].str.len()
df["n_sentences"] = df["review_text"].fillna("").str.count(r"[.!?]") + 1
df["verified_purchase"] = df["verified_purchase"].astype(int)
df["editor_pick"] = df["editor_pick"].astype(int)

num_cols = [c for c in df.columns if c not in
            ("review_id", "product_id", "reviewer_id", "review_date", "title", "review_text", "text", "helpfulness")]
print("numeric features:", num_cols)

cut = pd.Timestamp("2023-06-30")
tr = df["review_date"] <= cut
train, valid = df[tr], df[~tr]

vec = TfidfVectorizer(max_features=5000, min_df=10, stop_words="english")
Xt_tr = vec.fit_transform(train["text"])
Xt_va = vec.transform(valid["text"])
X_tr = hstack([csr_matrix(train[num_cols].fillna(0).values.astype(float)), Xt_tr]).tocsr()
X_va = hstack([csr_matrix(valid[num_cols].fillna(0).values.astype(float)), Xt_va]).tocsr()

reg = lgb.LGBMRegressor(n_estimators=500, learning_rate=0.05, num_leaves=63, random_state=42)
reg.fit(X_tr, train["helpfulness"])
pred = reg.predict(X_va).clip(0, 1)

dummy = DummyRegressor().fit(X_tr, train["helpfulness"])
print("dummy MAE:", mean_absolute_error(valid["helpfulness"], dummy.predict(X_va)))
print("lgbm  MAE:", mean_absolute_error(valid["helpfulness"], pred))
print("lgbm  R2 :", r2_score(valid["helpfulness"], pred))

imp = pd.Series(reg.feature_importances_[:len(num_cols)], index=num_cols).sort_values(ascending=False)
print(imp)
