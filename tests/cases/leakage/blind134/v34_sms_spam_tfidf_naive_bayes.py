"""SMS spam: TF-IDF + multinomial NB in one pipeline, fitted on the training split."""
import re
import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.model_selection import train_test_split
from sklearn.naive_bayes import MultinomialNB
from sklearn.pipeline import Pipeline
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score, precision_score, recall_score, f1_score, confusion_matrix


def clean(text):
    text = text.lower()
    text = re.sub(r'https?://\S+|www\.\S+', ' url ', text)
    text = re.sub(r'\d{5,}', ' longnumber ', text)
    text = re.sub(r'[^a-z\s]', ' ', text)
    return re.sub(r'\s+', ' ', text).strip()


df = pd.read_csv('data/spam.csv', encoding='latin-1')
df = df[['v1', 'v2']].rename(columns={'v1': 'label', 'v2': 'text'})
df['y'] = df['label'].map({'ham': 0, 'spam': 1})
df['clean'] = df['text'].apply(clean)
print(df['label'].value_counts())

X_train, X_test, y_train, y_test = train_test_split(
    df['clean'], df['y'], test_size=0.2, stratify=df['y'], random_state=5)

pipe = Pipeline([
    ('tfidf', TfidfVectorizer(stop_words='english', ngram_range=(1, 2), min_df=2, sublinear_tf=True)),
    ('nb', MultinomialNB(alpha=0.1)),
])
pipe.fit(X_train, y_train)
pred = pipe.predict(X_test)

dummy = DummyClassifier(strategy='most_frequent').fit(X_train, y_train)
print('Dummy accuracy:', round(accuracy_score(y_test, dummy.predict(X_test)), 4))
print('accuracy :', round(accuracy_score(y_test, pred), 4))
print('precision:', round(precision_score(y_test, pred), 4))
print('recall   :', round(recall_score(y_test, pred), 4))
print('f1       :', round(f1_score(y_test, pred), 4))
print(confusion_matrix(y_test, pred))

feature_names = np.array(pipe.named_steps['tfidf'].get_feature_names_out())
top_spam = feature_names[np.argsort(pipe.named_steps['nb'].feature_log_prob_[1])[-20:]]
print('most spammy terms:', list(top_spam[::-1]))
