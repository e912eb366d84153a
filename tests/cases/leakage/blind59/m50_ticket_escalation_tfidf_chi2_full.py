import pandas as pd, numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.feature_selection import SelectKBest, chi2
from sklearn.model_selection import train_test_split
from sklearn.svm import LinearSVC
from sklearn.calibration import CalibratedClassifierCV
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, f1_score

df, te = pd.read_csv('train.csv'), pd.read_csv('test.csv')
txt = lambda d: (d.subject.fillna('') + ' ' + d.body.fillna('')).str.lower()
print(df.escalated.mean(), txt(df).str.split().str.len().describe(), sep='\n')

tf = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
sk = SelectKBest(chi2, k=5000)
X, y = sk.fit_transform(tf.fit_transform(txt(df)), df.escalated), df.escalated
Xt, Xv, yt, yv = train_test_split(X, y, test_size=.2, stratify=y, random_state=0)

m = CalibratedClassifierCV(LinearSVC(C=.5), cv=3).fit(Xt, yt)
d = DummyClassifier(strategy='stratified', random_state=0).fit(Xt, yt)
for n, e in [('baseline', d), ('svm', m)]:
    p = e.predict_proba(Xv)[:, 1]
    print(f"{n:8s} AUC {roc_auc_score(yv, p):.4f}  F1 {f1_score(yv, e.predict(Xv)):.4f}")

pd.DataFrame({'ticket_id': te.ticket_id, 'prediction': m.fit(X, y).predict_proba(sk.transform(tf.transform(txt(te))))[:, 1]}).to_csv('predictions.csv', index=False)
