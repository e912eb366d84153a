"""Paper category: TF-IDF + chi2 selection, features smoothed over the citation graph (SGC-style),
then a linear classifier."""
import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.dummy import DummyClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.feature_selection import SelectKBest, chi2
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.metrics import accuracy_score, f1_score, classification_report

papers = pd.read_csv("train.csv")
cites = pd.read_csv("cites.csv")
n = len(papers)
nid = {p: i for i, p in enumerate(papers.paper_id)}
cites = cites[cites.citing.isin(nid) & cites.cited.isin(nid)]
r, c = cites.citing.map(nid).values, cites.cited.map(nid).values
A = sp.coo_matrix((np.ones(len(r)), (r, c)), shape=(n, n)).tocsr()
A = ((A + A.T) > 0).astype(float) + sp.eye(n)
d = np.asarray(A.sum(1)).ravel()
D_inv_sqrt = sp.diags(1.0 / np.sqrt(d))
S = D_inv_sqrt @ A @ D_inv_sqrt

text = papers.title.fillna("") + " " + papers.abstract.fillna("")
y = papers.category.values
tfidf = TfidfVectorizer(ngram_range=(1, 2), min_df=2, max_features=50000, sublinear_tf=True)
X_text = tfidf.fit_transform(text)
selector = SelectKBest(chi2, k=5000)
X_sel = selector.fit_transform(X_text, y)

# two propagation steps: S^2 X
X_prop = S @ (S @ X_sel)
X = sp.hstack([X_sel, X_prop]).tocsr()

idx = np.arange(n)
tr, te = train_test_split(idx, test_size=0.2, stratify=y, random_state=7)
clf = LogisticRegression(max_iter=3000, C=4.0)
clf.fit(X[tr], y[tr])
pred = clf.predict(X[te])
base = DummyClassifier(strategy="most_frequent").fit(X[tr], y[tr]).predict(X[te])

print(f"SGC-logreg  acc {accuracy_score(y[te], pred):.4f}  macro-F1 {f1_score(y[te], pred, average='macro'):.4f}")
print(f"majority    acc {accuracy_score(y[te], base):.4f}  macro-F1 {f1_score(y[te], base, average='macro'):.4f}")
print(classification_report(y[te], pred, digits=3))
