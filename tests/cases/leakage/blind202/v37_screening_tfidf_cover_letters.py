import re
import numpy as np
import pandas as pd
from scipy.sparse import hstack, csr_matrix
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupShuffleSplit
from sklearn.metrics import accuracy_score


def clean_text(t):
    t = str(t).lower()
    t = re.sub(r"[^a-z0-9 ]+", " ", t)
    return re.sub(r"\s+", " ", t).strip()


df = pd.read_csv("train.csv")
df["text"] = (df["cover_letter"].fillna("") + " " + df["skills_text"].fillna("")).map(clean_text)

tfidf = TfidfVectorizer(ngram_range=(1, 2), min_df=3, max_features=30000, sublinear_tf=True)
X_text = tfidf.fit_transform(df["text"])
X_num = csr_matrix(np.log1p(df[["years_experience", "n_skills_matched", "assessment_score"]].fillna(0).values))
X = hstack([X_text, X_num]).tocsr()
y = df["passed_screening"].values

gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=0)
tr, te = next(gss.split(X, y, groups=df["applicant_id"]))

clf = LogisticRegression(C=4.0, max_iter=3000)
clf.fit(X[tr], y[tr])
print("Validation accuracy:", accuracy_score(y[te], clf.predict(X[te])))

vocab = np.array(tfidf.get_feature_names_out())
top = np.argsort(clf.coef_[0][: len(vocab)])
print("negative terms:", vocab[top[:15]])
print("positive terms:", vocab[top[-15:]])

clf.fit(X, y)
test = pd.read_csv("test.csv")
test["text"] = (test["cover_letter"].fillna("") + " " + test["skills_text"].fillna("")).map(clean_text)
Xt = hstack([tfidf.transform(test["text"]),
             csr_matrix(np.log1p(test[["years_experience", "n_skills_matched", "assessment_score"]].fillna(0).values))]).tocsr()
pd.DataFrame({"application_id": test["application_id"],
              "prediction": clf.predict_proba(Xt)[:, 1]}).to_csv("predictions.csv", index=False)
