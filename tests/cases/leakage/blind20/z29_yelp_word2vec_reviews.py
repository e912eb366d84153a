"""Review sentiment from averaged word2vec embeddings plus review metadata."""
import numpy as np
import pandas as pd
from gensim.models import Word2Vec
from gensim.utils import simple_preprocess
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score, roc_auc_score
from sklearn.model_selection import train_test_split

VECTOR_SIZE = 150


def load_reviews(path="data/yelp_reviews_sample.csv", n=60000):
    df = pd.read_csv(path, nrows=n)
    df = df.dropna(subset=["text", "stars"])
    df["positive"] = (df["stars"] >= 4).astype(int)
    df["n_chars"] = df["text"].str.len()
    return df


def doc_vector(tokens, wv):
    vecs = [wv[t] for t in tokens if t in wv.key_to_index]
    if not vecs:
        return np.zeros(wv.vector_size, dtype=np.float32)
    return np.mean(vecs, axis=0)


reviews = load_reviews()
tokens = [simple_preprocess(t, deacc=True, min_len=2) for t in reviews["text"]]
print(f"{len(reviews)} reviews, positive share {reviews['positive'].mean():.3f}")

w2v = Word2Vec(
    sentences=tokens,
    vector_size=VECTOR_SIZE,
    window=5,
    min_count=5,
    workers=4,
    sg=1,
    epochs=5,
    seed=1,
)
embeddings = np.vstack([doc_vector(t, w2v.wv) for t in tokens])

meta_cols = ["stars", "useful", "funny", "cool", "n_chars"]
meta = reviews[meta_cols].fillna(0).to_numpy(dtype=np.float32)
meta[:, -1] = np.log1p(meta[:, -1])

features = np.hstack([embeddings, meta])
target = reviews["positive"].to_numpy()

X_train, X_test, y_train, y_test = train_test_split(
    features, target, test_size=0.2, stratify=target, random_state=1
)

clf = LogisticRegression(max_iter=3000, C=2.0)
clf.fit(X_train, y_train)
proba = clf.predict_proba(X_test)[:, 1]

print(f"accuracy: {accuracy_score(y_test, proba >= 0.5):.4f}")
print(f"F1      : {f1_score(y_test, proba >= 0.5):.4f}")
print(f"ROC AUC : {roc_auc_score(y_test, proba):.4f}")
print("nearest to 'delicious':", [w for w, _ in w2v.wv.most_similar("delicious", topn=8)])
