"""Review helpfulness: LSA (TF-IDF + TruncatedSVD, 200 dims) + metadata, Ridge. Time-based holdout."""
import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.decomposition import TruncatedSVD
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error, mean_squared_error

reviews = pd.read_csv("train.csv", parse_dates=["review_date"])

# --- quick look ---
print(reviews.shape)
print(reviews.isna().mean().round(3).sort_values(ascending=False).head(8))
print(reviews["helpfulness"].describe().round(3))
print(reviews.groupby("rating")["helpfulness"].agg(["mean", "median", "size"]).round(3))
print(reviews.groupby("verified_purchase")["helpfulness"].mean().round(3))
months = pd.to_datetime(reviews["review_date"]).dt.to_period("M")
print(months.value_counts().sort_index().tail(12))
text_len = reviews["review_text"].fillna("").str.len()
print("review length quantiles:", text_len.quantile([0.1, 0.5, 0.9]).to_dict())
print("reviews per product:", reviews.groupby("product_id").size().describe().round(1).to_dict())

reviews["text"] = reviews["title"].fillna("") + " " + reviews["review_text"].fillna("")

# --- text embedding (LSA) ---
tfidf = TfidfVectorizer(min_df=5, max_df=0.7, stop_words="english", sublinear_tf=True)
svd = TruncatedSVD(n_components=200, random_state=0)
lsa = svd.fit_transform(tfidf.fit_transform(reviews["text"]))
print("explained variance:", svd.explained_variance_ratio_.sum().round(3))
lsa_df = pd.DataFrame(lsa, columns=[f"lsa_{i}" for i in range(lsa.shape[1])], index=reviews.index)

meta = pd.DataFrame({
    "rating": reviews["rating"],
    "extreme_rating": reviews["rating"].isin([1, 5]).astype(int),
    "verified": reviews["verified_purchase"].astype(int),
    "n_images": reviews["n_images"].fillna(0),
    "log_len": np.log1p(reviews["review_text"].fillna("").str.len()),
}, index=reviews.index)
X = pd.concat([lsa_df, meta], axis=1)
y = reviews["helpfulness"]

# --- time-based holdout: last 6 months ---
cutoff = reviews["review_date"].max() - pd.DateOffset(months=6)
is_train = reviews["review_date"] <= cutoff
X_tr, y_tr = X[is_train], y[is_train]
X_va, y_va = X[~is_train], y[~is_train]

model = Ridge(alpha=1.0).fit(X_tr, y_tr)
pred = model.predict(X_va).clip(0, 1)
baseline = np.full(len(y_va), y_tr.mean())

print(f"baseline (train mean)  MAE={mean_absolute_error(y_va, baseline):.4f} RMSE={mean_squared_error(y_va, baseline) ** 0.5:.4f}")
print(f"ridge on LSA + meta    MAE={mean_absolute_error(y_va, pred):.4f} RMSE={mean_squared_error(y_va, pred) ** 0.5:.4f}")

coef = pd.Series(model.coef_, index=X.columns)
print(coef[meta.columns])
