# IMDB 50K movie reviews - bag of words + Multinomial Naive Bayes
import re
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.model_selection import train_test_split
from sklearn.naive_bayes import MultinomialNB
from sklearn.metrics import accuracy_score, classification_report

TAG_RE = re.compile(r'<[^>]+>')


def preprocess(text):
    text = TAG_RE.sub(' ', text)           # remove <br /> tags
    text = re.sub(r'[^a-zA-Z]', ' ', text)
    return re.sub(r'\s+', ' ', text).strip().lower()


reviews = pd.read_csv('IMDB Dataset.csv')
reviews['review'] = reviews['review'].apply(preprocess)
reviews['sentiment'] = reviews['sentiment'].map({'positive': 1, 'negative': 0})
print(reviews['sentiment'].value_counts())

reviews['n_words'] = reviews['review'].str.split().str.len()
reviews['n_words'].clip(upper=1000).hist(bins=50)
plt.show()

X_train_txt, X_test_txt, y_train, y_test = train_test_split(
    reviews['review'], reviews['sentiment'], test_size=0.2, random_state=42)

cv = CountVectorizer(max_features=20000, ngram_range=(1, 2), stop_words='english')
X_train = cv.fit_transform(X_train_txt)
X_test = cv.transform(X_test_txt)
print(X_train.shape)

alphas = [0.01, 0.05, 0.1, 0.3, 0.5, 1.0, 2.0, 5.0]
accs = []
for a in alphas:
    nb = MultinomialNB(alpha=a).fit(X_train, y_train)
    accs.append(accuracy_score(y_test, nb.predict(X_test)))
    print(f'alpha={a}: {accs[-1]:.4f}')

plt.semilogx(alphas, accs, marker='o')
plt.xlabel('alpha')
plt.ylabel('accuracy')
plt.show()

best_alpha = alphas[int(np.argmax(accs))]
nb = MultinomialNB(alpha=best_alpha).fit(X_train, y_train)
pred = nb.predict(X_test)
print('best alpha:', best_alpha)
print('accuracy  :', accuracy_score(y_test, pred))
print(classification_report(y_test, pred, target_names=['negative', 'positive']))
