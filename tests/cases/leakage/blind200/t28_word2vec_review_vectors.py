# Hotel review sentiment with averaged Word2Vec vectors
# tripadvisor_hotel_reviews.csv : Review, Rating (1-5)
import re
import numpy as np
import pandas as pd
from gensim.models import Word2Vec
from nltk.corpus import stopwords
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, classification_report, f1_score
from sklearn.model_selection import train_test_split

STOP = set(stopwords.words("english")) - {"not", "no", "nor", "never"}

reviews = pd.read_csv("tripadvisor_hotel_reviews.csv")
reviews = reviews[reviews["Rating"] != 3]            # drop neutral reviews
reviews["positive"] = (reviews["Rating"] >= 4).astype(int)
print(reviews.shape)
print(reviews["positive"].value_counts())


def tokenize(text):
    text = re.sub(r"[^a-z\s]", " ", str(text).lower())
    return [t for t in text.split() if t not in STOP and len(t) > 1]


reviews["tokens"] = reviews["Review"].apply(tokenize)
print("avg tokens per review:", reviews["tokens"].str.len().mean())

# learn word vectors on the review corpus
w2v = Word2Vec(
    sentences=reviews["tokens"].tolist(),
    vector_size=200,
    window=5,
    min_count=3,
    sg=1,
    workers=4,
    epochs=10,
    seed=1,
)
print("vocab:", len(w2v.wv))
print(w2v.wv.most_similar("dirty", topn=5))


def doc_vector(tokens, model=w2v):
    vecs = [model.wv[t] for t in tokens if t in model.wv]
    if not vecs:
        return np.zeros(model.vector_size)
    return np.mean(vecs, axis=0)


X = np.vstack(reviews["tokens"].apply(doc_vector).values)
y = reviews["positive"].values

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.25, random_state=3, stratify=y)

models = {
    "logreg": LogisticRegression(max_iter=2000, C=2.0, class_weight="balanced"),
    "random_forest": RandomForestClassifier(n_estimators=400, n_jobs=-1,
                                            class_weight="balanced", random_state=3),
}
for name, clf in models.items():
    clf.fit(X_train, y_train)
    p = clf.predict(X_test)
    print(f"{name:>14}: acc={accuracy_score(y_test, p):.4f}  macroF1={f1_score(y_test, p, average='macro'):.4f}")

print(classification_report(y_test, models["logreg"].predict(X_test), digits=3))
