"""Review recommendation: keep the most informative embedding dimensions, then LR / LightGBM.

768-d mpnet embeddings are a lot for ~10k reviews; keep the top-K dimensions by mutual
information with the label, then compare logistic regression and LightGBM under GroupKFold.
"""
import numpy as np
import pandas as pd
from lightgbm import LGBMClassifier
from sentence_transformers import SentenceTransformer
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import mutual_info_classif
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, roc_auc_score
from sklearn.model_selection import GroupKFold, cross_val_predict

K = 192
SEED = 3


def review_text(df):
    return (df["review_title"].fillna("") + ". " + df["review_text"].fillna("")).tolist()


train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
train = train.drop_duplicates(subset=["author_id", "review_text"]).reset_index(drop=True)
y = train["recommended"].to_numpy()
groups = train["product_id"].to_numpy()

st = SentenceTransformer("sentence-transformers/all-mpnet-base-v2")
E = st.encode(review_text(train), batch_size=32, normalize_embeddings=True, show_progress_bar=True)
E_test = st.encode(review_text(test), batch_size=32, normalize_embeddings=True)
print("embeddings", E.shape)

mi = mutual_info_classif(E, y, random_state=SEED)
keep = np.argsort(mi)[::-1][:K]
print(f"kept {K} dims, MI range {mi[keep].min():.4f}-{mi[keep].max():.4f}")
X, X_test = E[:, keep], E_test[:, keep]

cv = GroupKFold(n_splits=5)
models = {
    "dummy_prior (baseline)": DummyClassifier(strategy="prior"),
    "logreg": LogisticRegression(C=2.0, max_iter=5000),
    "lightgbm": LGBMClassifier(n_estimators=400, learning_rate=0.05, num_leaves=31,
                               colsample_bytree=0.5, random_state=SEED, verbose=-1),
}
oof = {}
for name, est in models.items():
    oof[name] = cross_val_predict(est, X, y, groups=groups, cv=cv, method="predict_proba")[:, 1]
    print(f"{name:24s} AUC {roc_auc_score(y, oof[name]):.4f}  "
          f"macro-F1 {f1_score(y, oof[name] > 0.5, average='macro'):.4f}")

blend = 0.5 * oof["logreg"] + 0.5 * oof["lightgbm"]
print(f"{'blend':24s} AUC {roc_auc_score(y, blend):.4f}  macro-F1 {f1_score(y, blend > 0.5, average='macro'):.4f}")

lr = models["logreg"].fit(X, y)
gbm = models["lightgbm"].fit(X, y)
pred = 0.5 * lr.predict_proba(X_test)[:, 1] + 0.5 * gbm.predict_proba(X_test)[:, 1]
pd.DataFrame({"review_id": test["review_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
print("saved", len(pred), "predictions")
