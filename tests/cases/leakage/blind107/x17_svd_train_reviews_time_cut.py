"""Review helpfulness: LSA (TF-IDF + TruncatedSVD, 200 dims) + metadata, Ridge. Time-based holdout.
TF-IDF and SVD are fitted on the training window only, then applied to the newer reviews."""
import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.decomposition import TruncatedSVD
from sklearn.pipeline import make_pipeline
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error, mean_squared_error


def meta_features(df):
    return pd.DataFrame({
        "rating": df["rating"],
        "extreme_rating": df["rating"].isin([1, 5]).astype(int),
        "verified": df["verified_purchase"].astype(int),
        "n_images": df["n_images"].fillna(0),
        "log_len": np.log1p(df["review_text"].fillna("").str.len()),
    }, index=df.index)


reviews = pd.read_csv("train.csv", parse_dates=["review_date"])
reviews["text"] = reviews["title"].fillna("") + " " + reviews["review_text"].fillna("")

cutoff = reviews["review_date"].max() - pd.DateOffset(months=6)
train = reviews[reviews["review_date"] <= cutoff]
valid = reviews[reviews["review_date"] > cutoff]

lsa = make_pipeline(
    TfidfVectorizer(min_df=5, max_df=0.7, stop_words="english", sublinear_tf=True),
    TruncatedSVD(n_components=200, random_state=0),
)
Z_tr = lsa.fit_transform(train["text"])
Z_va = lsa.transform(valid["text"])
print("explained variance:", lsa[-1].explained_variance_ratio_.sum().round(3))

X_tr = np.hstack([Z_tr, meta_features(train).values])
X_va = np.hstack([Z_va, meta_features(valid).values])
y_tr, y_va = train["helpfulness"].values, valid["helpfulness"].values

model = Ridge(alpha=1.0).fit(X_tr, y_tr)
pred = model.predict(X_va).clip(0, 1)
baseline = np.full(len(y_va), y_tr.mean())

print(f"baseline (train mean)  MAE={mean_absolute_error(y_va, baseline):.4f} RMSE={mean_squared_error(y_va, baseline) ** 0.5:.4f}")
print(f"ridge on LSA + meta    MAE={mean_absolute_error(y_va, pred):.4f} RMSE={mean_squared_error(y_va, pred) ** 0.5:.4f}")

# submission
test = pd.read_csv("test.csv")
test["text"] = test["title"].fillna("") + " " + test["review_text"].fillna("")
Z_all = lsa.fit_transform(reviews["text"])
final = Ridge(alpha=1.0).fit(np.hstack([Z_all, meta_features(reviews).values]), reviews["helpfulness"])
Z_test = lsa.transform(test["text"])
pred_test = final.predict(np.hstack([Z_test, meta_features(test).values])).clip(0, 1)
pd.DataFrame({"review_id": test["review_id"], "prediction": pred_test}).to_csv("predictions.csv", index=False)
